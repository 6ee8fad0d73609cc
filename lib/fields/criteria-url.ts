import type { CriteriaNode, Criterion } from './criteria';

// The compact text of a criteria tree in the URL's `c` parameter, short enough to bookmark and share:
//   node      = group | criterion
//   group     = ("and" | "or") "(" [node *("," node)] ")"
//   criterion = field "." operator [":" value *("|" value)] ["(" node ")"]     (the parentheses: its `where`)
// e.g. `and(visitCity.is:Utrecht,or(statusId.isAnyOf:3|4,accountManagerId.is:me))`. Values are written as text
// (`yes` / `no` for booleans) and brought back into their stored form by the registry's checks; `!` escapes the
// characters ! ( ) , | inside a value.
const special = /[!(),|]/g;

const text = (v: unknown): string => (v === true ? 'yes' : v === false ? 'no' : String(v));
const escape = (v: unknown): string => text(v).replace(special, (c) => `!${c}`);

// The compact text of a (checked) criteria tree.
export function encodeCriteria(node: CriteriaNode): string {
  if ('and' in node) return `and(${node.and.map(encodeCriteria).join(',')})`;
  if ('or' in node) return `or(${node.or.map(encodeCriteria).join(',')})`;
  const c = node as Criterion;
  const values = c.value === undefined || c.value === null ? '' : `:${(Array.isArray(c.value) ? c.value : [c.value]).map(escape).join('|')}`;
  const where = c.where ? `(${encodeCriteria(c.where)})` : '';
  return `${c.field}.${c.op}${values}${where}`;
}

class Unreadable extends Error {}

// Reads the compact text into an unchecked tree (values as text), or throws Unreadable.
function reader(input: string) {
  let at = 0;
  const peek = () => input[at];
  const expect = (c: string) => {
    if (input[at] !== c) throw new Unreadable();
    at += 1;
  };
  const name = () => {
    const m = /^[A-Za-z][A-Za-z0-9.]*/.exec(input.slice(at));
    if (!m) throw new Unreadable();
    at += m[0].length;
    return m[0];
  };
  const value = () => {
    let out = '';
    while (at < input.length && !'(),|'.includes(input[at])) {
      if (input[at] === '!') {
        at += 1;
        if (at >= input.length) throw new Unreadable();
      }
      out += input[at];
      at += 1;
    }
    return out;
  };
  const node = (depth: number): unknown => {
    if (depth > 12) throw new Unreadable();
    const word = name();
    if ((word === 'and' || word === 'or') && peek() === '(') {
      expect('(');
      const items: unknown[] = [];
      while (peek() !== ')') {
        if (items.length) expect(',');
        items.push(node(depth + 1));
      }
      expect(')');
      return { [word]: items };
    }
    const dot = word.lastIndexOf('.');
    if (dot <= 0 || dot === word.length - 1) throw new Unreadable();
    const out: Record<string, unknown> = { field: word.slice(0, dot), op: word.slice(dot + 1) };
    if (peek() === ':') {
      at += 1;
      const values = [value()];
      while (peek() === '|') {
        at += 1;
        values.push(value());
      }
      out.value = values.length === 1 ? values[0] : values;
    }
    if (peek() === '(') {
      expect('(');
      out.where = node(depth + 1);
      expect(')');
    }
    return out;
  };
  return () => {
    const tree = node(0);
    if (at !== input.length) throw new Unreadable();
    return tree;
  };
}

// The tree of a `c` parameter, unchecked (see checkCriteria): compact text, or JSON as older links hold it; null
// when it is neither.
export function decodeCriteria(raw: string): unknown {
  const input = raw.trim();
  try {
    return input.startsWith('{') ? JSON.parse(input) : reader(input)();
  } catch {
    return null;
  }
}
