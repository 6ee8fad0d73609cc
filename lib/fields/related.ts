import { sql, type SQL } from 'drizzle-orm';
import { aliasOf, compileCriteria, compileCriterion, numberCondition, type CustomCondition } from './compile';
import { filterableFields } from './define';
import type { Criterion } from './criteria';
import type { FieldDef, Operator, Registry } from './types';

const raw = (text: string) => sql.raw(text);

// The fields of the one record this one refers to (a person in organisation's organisation), offered as criteria
// of this one under a prefix ("organisation.visitCity"): the same kind, operators and values, named with
// `relation` (a catalogue key) before their own name. Computed fields stay with their own list.
export function relatedFields(prefix: string, relation: string, registry: Registry): FieldDef[] {
  return filterableFields(registry)
    .filter((f) => f.kind !== 'computed')
    .map(({ list: _list, schema: _schema, editable: _editable, column: _column, initial: _initial, ...f }) => ({ ...f, name: `${prefix}.${f.name}`, relation }));
}

// Where the referred record lives: its table, the alias it has in the subquery, and the column of this record
// that refers to it. Fixed words of the code, never user input.
export type Lookup = { table: string; alias: string; key: string };

// The conditions of relatedFields: the record this one refers to meets the criterion
// (`r.organisation_id IN (SELECT o.id FROM organisations o WHERE …)`), compiled by the related registry.
export function relatedConditions(prefix: string, registry: Registry, lookup: Lookup): Record<string, CustomCondition> {
  const condition: CustomCondition = (c, ctx) => {
    const inner = compileCriterion(registry, { ...c, field: c.field.slice(prefix.length + 1) }, { userId: ctx.userId, alias: lookup.alias });
    return sql`${raw(`${aliasOf(ctx)}.${lookup.key}`)} IN (SELECT ${raw(`${lookup.alias}.id`)} FROM ${raw(`${lookup.table} ${lookup.alias}`)} WHERE ${inner})`;
  };
  return Object.fromEntries(relatedFields(prefix, '', registry).map((f) => [f.name, condition]));
}

// Records of another table that refer to this one (an organisation's persons in organisation): their table, alias
// and referring column, the registry their criteria are written in, and that registry's computed conditions.
export type Relation = Lookup & { registry: Registry; custom?: Record<string, CustomCondition> };

// Whether a number comparison holds for 0 (an organisation without persons in organisation has fewer than 3).
function holdsForZero(c: Criterion): boolean {
  const [a, b] = Array.isArray(c.value) ? c.value.map(Number) : [Number(c.value), Number(c.value)];
  const checks: Partial<Record<Operator, boolean>> = { greaterThan: false, atLeast: a <= 0, lessThan: a > 0, atMost: true, is: a === 0, isNot: a !== 0, between: a <= 0 && b >= 0 };
  return checks[c.op] ?? false;
}

// The condition of a field about related live records: `has` / `hasNone` one meeting the criterion's `where` (any
// one without it), or a number of them compared. A count is one grouped pass over the related table (the records
// with a number that fits, or, when none at all fits too, all but those with a number that does not), so that
// the list and its count cost the same whatever the numbers are.
export function relationCondition(relation: Relation): CustomCondition {
  return (c, ctx) => {
    const a = relation.alias;
    const key = raw(`${a}.${relation.key}`);
    const id = raw(`${aliasOf(ctx)}.id`);
    const where = c.where ? sql` AND ${compileCriteria(relation.registry, c.where, { userId: ctx.userId, alias: a, custom: relation.custom })}` : sql``;
    const from = sql`FROM ${raw(`${relation.table} ${a}`)} WHERE ${raw(`${a}.deleted_at IS NULL`)}`;
    if (c.op === 'has' || c.op === 'hasNone') {
      const rows = sql`EXISTS (SELECT 1 ${from} AND ${key} = ${id}${where})`;
      return c.op === 'has' ? rows : sql`NOT ${rows}`;
    }
    const fits = numberCondition(c, (n) => sql`count(*) >= ${n}`);
    const grouped = (having: SQL) => sql`SELECT ${key} ${from}${where} GROUP BY ${key} HAVING ${having}`;
    return holdsForZero(c) ? sql`${id} NOT IN (${grouped(sql`NOT ${fits}`)})` : sql`${id} IN (${grouped(fits)})`;
  };
}
