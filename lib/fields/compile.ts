import { sql, type SQL } from 'drizzle-orm';
import { escapeLike, fold } from '@/lib/list/fold';
import type { Criterion, CriteriaNode } from './criteria';
import type { FieldDef, Registry } from './types';

// The condition of a computed field (say, "has an active job"), written by its list; `ctx` says which alias the
// record has where it is compiled (inside a subquery about related records too).
export type CustomCondition = (criterion: Criterion, ctx: CompileContext) => SQL;

// What compiling needs besides the criteria: the signed-in user (for "mine"), the computed fields' conditions, and
// the alias of the record the criteria are about (`r`, the list's row, unless said otherwise).
export type CompileContext = { userId: number; custom?: Record<string, CustomCondition>; alias?: string };

// A postcode as far as it is typed, in the stored form (1234AB → 1234 AB, 1234a → 1234 A).
export function postcodePrefix(value: string): string {
  return value.toUpperCase().replace(/\s+/g, '').replace(/^(\d{4})([A-Z]{1,2})$/, '$1 $2');
}

const raw = (text: string) => sql.raw(text);
const list = (values: (string | number)[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

// The alias of the record in a context: a fixed word of the code, never user input.
export const aliasOf = (ctx: CompileContext) => (ctx.alias && /^[a-z]\w*$/.test(ctx.alias) ? ctx.alias : 'r');

function textCondition(def: FieldDef, column: SQL, c: Criterion, alias: string): SQL {
  if (c.op === 'isEmpty') return sql`coalesce(${column}, '') = ''`;
  if (c.op === 'isNotEmpty') return sql`coalesce(${column}, '') <> ''`;
  const postcode = def.kind === 'postcode';
  const subject = postcode ? column : raw(def.filter?.fold ? `${alias}.${def.filter.fold}` : `relatio_fold(${alias}.${def.column})`);
  const value = postcode ? postcodePrefix(String(c.value)) : fold(String(c.value));
  switch (c.op) {
    case 'is':
      return sql`${subject} = ${value}`;
    case 'isNot':
      return sql`coalesce(${subject}, '') <> ${value}`;
    case 'contains':
      return sql`${subject} LIKE ${`%${escapeLike(value)}%`}`;
    default:
      return sql`${subject} LIKE ${`${escapeLike(value)}%`}`;
  }
}

function idCondition(column: SQL, c: Criterion, ctx: CompileContext): SQL {
  const id = (v: unknown) => (v === 'me' ? ctx.userId : Number(v));
  const ids = Array.isArray(c.value) ? c.value.map(id) : [id(c.value)];
  switch (c.op) {
    case 'isEmpty':
      return sql`${column} IS NULL`;
    case 'isNotEmpty':
      return sql`${column} IS NOT NULL`;
    case 'isNot':
    case 'isNoneOf':
      return sql`(${column} IS NULL OR ${column} NOT IN (${list(ids)}))`;
    default:
      return ids.length === 1 ? sql`${column} = ${ids[0]}` : sql`${column} IN (${list(ids)})`;
  }
}

// A date criterion on a date column, or on a timestamp compared by its date (as the session's time zone has it);
// "in the last / next N days" count from today, both ends included; "in month" ignores the year (birthdays).
function dateCondition(def: FieldDef, column: SQL, c: Criterion): SQL {
  if (c.op === 'isEmpty') return sql`${column} IS NULL`;
  if (c.op === 'isNotEmpty') return sql`${column} IS NOT NULL`;
  if (c.op === 'inMonth') return sql`extract(month from ${column}) = ${Number(c.value)}`;
  const stamp = def.kind === 'timestamp';
  const onOrAfter = (day: SQL) => sql`${column} >= ${day}`;
  const onOrBefore = (day: SQL) => (stamp ? sql`${column} < ${day} + 1` : sql`${column} <= ${day}`);
  if (c.op === 'inLastDays') return sql`${onOrAfter(sql`current_date - ${Number(c.value)}::int`)} AND ${onOrBefore(sql`current_date`)}`;
  if (c.op === 'inNextDays') return sql`${onOrAfter(sql`current_date`)} AND ${onOrBefore(sql`current_date + ${Number(c.value)}::int`)}`;
  const [from, to] = Array.isArray(c.value) ? c.value : [c.value, c.value];
  const day = (v: unknown) => sql`${String(v)}::date`;
  switch (c.op) {
    case 'before':
      return sql`${column} < ${day(from)}`;
    case 'after':
      return stamp ? sql`${column} >= ${day(from)} + 1` : sql`${column} > ${day(from)}`;
    case 'onOrBefore':
      return onOrBefore(day(from));
    case 'onOrAfter':
      return onOrAfter(day(from));
    default:
      return stamp || c.op === 'between' ? sql`${onOrAfter(day(from))} AND ${onOrBefore(day(to))}` : sql`${column} = ${day(from)}`;
  }
}

// A number criterion, written with `atLeast(n)` (the number is n or more) so that a count can stop counting there.
export function numberCondition(c: Criterion, atLeast: (n: number) => SQL): SQL {
  const [a, b] = Array.isArray(c.value) ? c.value.map(Number) : [Number(c.value), Number(c.value)];
  switch (c.op) {
    case 'greaterThan':
      return atLeast(a + 1);
    case 'atLeast':
      return atLeast(a);
    case 'lessThan':
      return sql`NOT ${atLeast(a)}`;
    case 'atMost':
      return sql`NOT ${atLeast(a + 1)}`;
    case 'isNot':
      return sql`NOT (${atLeast(a)} AND NOT ${atLeast(a + 1)})`;
    default:
      return sql`(${atLeast(a)} AND NOT ${atLeast(b + 1)})`;
  }
}

// The SQL of one (checked) criterion: parameters only; field names come from the registry, never from the user.
export function compileCriterion(registry: Registry, c: Criterion, ctx: CompileContext): SQL {
  const def = registry.find((f) => f.name === c.field && f.filter);
  if (!def) throw new Error(`no criterion on ${c.field}`);
  const custom = ctx.custom?.[def.name];
  if (custom) return custom(c, ctx);
  if (!def.column) throw new Error(`no condition for computed field ${def.name}`);
  const alias = aliasOf(ctx);
  const column = raw(`${alias}.${def.column}`);
  if (def.filter?.value === 'number') return numberCondition(c, (n) => sql`${column} >= ${n}`);
  switch (def.kind) {
    case 'boolean':
      return c.value ? column : sql`NOT ${column}`;
    case 'date':
    case 'timestamp':
      return dateCondition(def, column, c);
    case 'choice':
    case 'segment':
    case 'subsegment':
    case 'user':
    case 'reference':
      return idCondition(column, c, ctx);
    default:
      return textCondition(def, column, c, alias);
  }
}

// The SQL of a criteria tree; an empty group is true for AND and false for OR.
export function compileCriteria(registry: Registry, node: CriteriaNode, ctx: CompileContext): SQL {
  if ('and' in node) return node.and.length ? sql`(${sql.join(node.and.map((n) => compileCriteria(registry, n, ctx)), sql` AND `)})` : sql`TRUE`;
  if ('or' in node) return node.or.length ? sql`(${sql.join(node.or.map((n) => compileCriteria(registry, n, ctx)), sql` OR `)})` : sql`FALSE`;
  return compileCriterion(registry, node, ctx);
}
