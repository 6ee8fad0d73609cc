import { sql } from 'drizzle-orm';
import { aliasOf, compileCriteria, compileCriterion, numberCondition, type CustomCondition } from './compile';
import { filterableFields } from './define';
import type { FieldDef, Registry } from './types';

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

// The condition of a field about related live records: `has` / `hasNone` one meeting the criterion's `where` (any
// one without it), or a number of them compared, counted only as far as the comparison needs
// (`EXISTS (… OFFSET n - 1)`: there are at least n), so that a large count costs no more than a small one.
export function relationCondition(relation: Relation): CustomCondition {
  return (c, ctx) => {
    const a = relation.alias;
    const link = raw(`${a}.${relation.key} = ${aliasOf(ctx)}.id AND ${a}.deleted_at IS NULL`);
    const where = c.where ? sql` AND ${compileCriteria(relation.registry, c.where, { userId: ctx.userId, alias: a, custom: relation.custom })}` : sql``;
    const rows = sql`SELECT 1 FROM ${raw(`${relation.table} ${a}`)} WHERE ${link}${where}`;
    if (c.op === 'has') return sql`EXISTS (${rows})`;
    if (c.op === 'hasNone') return sql`NOT EXISTS (${rows})`;
    return numberCondition(c, (n) => (n <= 0 ? sql`TRUE` : sql`EXISTS (${rows} OFFSET ${n - 1})`));
  };
}
