import type { BuilderField } from '@/lib/fields/builder';
import type { CriteriaNode } from '@/lib/fields/criteria';
import type { Operator } from '@/lib/fields/types';

// The advanced criteria as the builder edits them: groups of rows, each row a field, an operator and its values as
// typed (text), a row about related records with a group of its own (`where`). Keys are stable for React.
export type QueryRow = { key: string; field: string; op: Operator; values: string[]; where?: QueryGroup };
export type QueryGroup = { key: string; kind: 'and' | 'or'; items: QueryItem[] };
export type QueryItem = QueryRow | QueryGroup;

// Whether an item of the tree is a group (else a row).
export const isGroup = (item: QueryItem): item is QueryGroup => 'items' in item;

let counter = 0;
// A key for a new row or group.
export const newKey = () => `q${(counter += 1)}`;

// How many values an operator takes: none (empty, has), two (between), several (any of), or one.
export function arity(op: Operator): 0 | 1 | 2 | 'many' {
  if (['isEmpty', 'isNotEmpty', 'has', 'hasNone'].includes(op)) return 0;
  if (op === 'between') return 2;
  return op === 'isAnyOf' || op === 'isNoneOf' ? 'many' : 1;
}

const iso = /^(\d{4})-(\d{2})-(\d{2})$/;
// A value as the builder shows it: yes / no, ISO dates the Dutch way (22-11-2026), anything else as text.
function shown(value: unknown, field?: BuilderField, op?: Operator): string {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  const text = String(value ?? '');
  const m = field?.value === 'date' && op !== 'inLastDays' && op !== 'inNextDays' && op !== 'inMonth' ? iso.exec(text) : null;
  return m ? `${m[3]}-${m[2]}-${m[1]}` : text;
}

// A new row on a field, with its first operator and empty values (a row about related records with an empty group).
export function newRow(field: BuilderField, op: Operator = field.ops[0].op): QueryRow {
  const values = arity(op) === 2 ? ['', ''] : arity(op) === 1 ? [field.options?.[0]?.value ?? ''] : [];
  return { key: newKey(), field: field.name, op, values, ...(field.where ? { where: { key: newKey(), kind: 'and', items: [] } } : {}) };
}

// The builder's tree for a criteria tree read from the URL (unchecked: it may hold what the server refused, which
// the builder shows with its message); the top is always a group. `keys` gives the item made for each place in
// the tree the server's messages name (`and.1`, `and.0.where`), so that each message is shown at its row.
export function fromCriteria(raw: unknown, fields: BuilderField[]): { group: QueryGroup; keys: Record<string, string> } {
  const keys: Record<string, string> = {};
  const item = (value: unknown, within: BuilderField[], path: string): QueryItem | null => {
    if (!value || typeof value !== 'object') return null;
    const v = value as Record<string, unknown>;
    const key = newKey();
    keys[path] = key;
    if (Array.isArray(v.and) || Array.isArray(v.or)) {
      const kind = Array.isArray(v.and) ? 'and' : 'or';
      const items = (v[kind] as unknown[]).map((x, i) => item(x, within, `${path}${path ? '.' : ''}${kind}.${i}`)).filter((x): x is QueryItem => x !== null);
      return { key, kind, items };
    }
    const field = within.find((f) => f.name === v.field);
    const op = String(v.op ?? '') as Operator;
    const values = v.value === undefined || v.value === null ? [] : (Array.isArray(v.value) ? v.value : [v.value]).map((x) => shown(x, field, op));
    const nested = field?.where && v.where ? item(v.where, field.where, `${path}${path ? '.' : ''}where`) : null;
    const where = field?.where ? (nested && isGroup(nested) ? nested : { key: newKey(), kind: 'and' as const, items: nested ? [nested] : [] }) : undefined;
    return { key, field: String(v.field ?? ''), op, values, ...(where ? { where } : {}) };
  };
  const top = raw === null || raw === undefined ? null : item(raw, fields, '');
  if (!top) return { group: { key: newKey(), kind: 'and', items: [] }, keys };
  return { group: isGroup(top) ? top : { key: newKey(), kind: 'and', items: [top] }, keys };
}

// The place in the tree a server message is about, as `fromCriteria` keys it (its last `value` / `where` step
// names the criterion itself).
export function issuePlace(path: (string | number)[]): string {
  const steps = path.map(String);
  if (steps.at(-1) === 'value' || steps.at(-1) === 'where') steps.pop();
  return steps.join('.');
}

// The criteria tree of the builder's tree, values as typed (the server brings them into their stored form and
// says what does not fit); an empty `where` means any related record.
export function toCriteria(group: QueryGroup): CriteriaNode {
  const node = (item: QueryItem): CriteriaNode => {
    if (isGroup(item)) return item.kind === 'and' ? { and: item.items.map(node) } : { or: item.items.map(node) };
    const n = arity(item.op);
    const values = item.values.map((v) => v.trim());
    const value = n === 0 ? undefined : n === 1 ? values[0] ?? '' : values;
    const where = item.where && item.where.items.length ? node(item.where) : undefined;
    return { field: item.field, op: item.op, ...(value === undefined ? {} : { value }), ...(where ? { where } : {}) };
  };
  return node(group);
}

// The tree with one item replaced (by key) through `change`, or removed when it returns null.
export function updateItem(group: QueryGroup, key: string, change: (item: QueryItem) => QueryItem | null): QueryGroup {
  const walk = (g: QueryGroup): QueryGroup => ({
    ...g,
    items: g.items.flatMap((it) => {
      if (it.key === key) {
        const next = change(it);
        return next ? [next] : [];
      }
      if (isGroup(it)) return [walk(it)];
      return [it.where ? { ...it, where: walk(it.where) } : it];
    }),
  });
  return group.key === key ? ((change(group) as QueryGroup | null) ?? { ...group, items: [] }) : walk(group);
}
