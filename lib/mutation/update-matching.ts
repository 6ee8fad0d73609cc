import { getTableName, is, sql, SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Tx } from '@/db';
import { queryRows } from '@/db/rows';
import { auditedFields, auditInsertFrom, secretFields } from './audit';
import { batchInsertFrom } from './batch';
import { writableColumn } from './columns';
import type { MutationContext } from './context';
import type { EditableTable } from './records';
import { rowsRefusedByDatabase } from './row-errors';
import { patchedFields } from './sql-values';
import type { BulkAction } from './update-each';

// Which records: a list definition's FROM and WHERE, its table aliased `r` (as a ListSpec has them).
export type RowMatch = { from: SQL; where: SQL };

// Options of updateMatching: the history action (default 'bulk_update'), the batch its entries belong to (one of
// `kind` is created when none is given and anything changed), and, for fields an earlier step of the same change
// already touched, what the history shows as their old value (an expression of the stored row `old`).
export type UpdateMatchingOptions = { action?: BulkAction; batchId?: number; kind?: string; previous?: Record<string, SQL> };

// How many matching records changed, how many already had the values, and the batch naming their history.
export type UpdateMatchingResult = { changed: number; unchanged: number; batchId: number | null };

// A column's value in a history entry, as diffRows writes it (instants as ISO-8601 UTC).
function historyValue(column: PgColumn, value: SQL): SQL {
  if (column.getSQLType().startsWith('timestamp')) {
    return sql`to_jsonb(to_char(${value} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;
  }
  return sql`to_jsonb(${value})`;
}

// The one statement of updateMatching: the matching rows whose values differ locked (in id order, as updateEach
// locks) with their new values, updated (version raised), a batch and one history entry per changed record.
export function updateMatchingQuery(
  ctx: MutationContext,
  table: EditableTable,
  match: RowMatch,
  patch: Record<string, unknown>,
  options: UpdateMatchingOptions = {},
): SQL {
  const fields = patchedFields(patch);
  if (fields.length === 0) throw new Error(`${getTableName(table)}: nothing to set`);
  const audited = new Set(auditedFields(table));
  const cols = fields.map((field, i) => {
    const column = writableColumn(table, field);
    const value = patch[field];
    const type = sql.raw(column.getSQLType());
    const next = is(value, SQL) ? sql`(${value})::${type}` : sql`${sql.param(value === null ? null : column.mapToDriverValue(value))}::${type}`;
    return { field, column, name: sql.identifier(column.name), next, n: sql.raw(`"__n${i}"`), o: sql.raw(`"__o${i}"`) };
  });
  const differs = sql.join(cols.map((c) => sql`old.${c.name} IS DISTINCT FROM ${c.next}`), sql` OR `);
  const changes = cols
    .filter((c) => audited.has(c.field))
    .map((c) => {
      const pair = secretFields.has(c.field) ? sql`'["•","•"]'::jsonb` : sql`jsonb_build_array(${historyValue(c.column, sql`c.${c.o}`)}, ${historyValue(c.column, sql`c.${c.n}`)})`;
      return sql`CASE WHEN c.${c.o} IS DISTINCT FROM c.${c.n} THEN jsonb_build_object(${c.field}::text, ${pair}) ELSE '{}'::jsonb END`;
    });
  const action = options.action ?? 'bulk_update';
  const name = getTableName(table);
  const batch = options.batchId !== undefined ? sql`${options.batchId}::int` : sql`(SELECT id FROM job)`;
  const job = options.batchId !== undefined ? sql`` : sql`, job AS (${batchInsertFrom(ctx, { kind: options.kind ?? action, list: name, params: { fields } }, sql`SELECT count(*)::int FROM changed`)})`;
  const matching = sql`SELECT r.id FROM ${match.from} WHERE ${match.where}`;
  const [id, version] = [sql.identifier(table.id.name), sql.identifier(table.version.name)];
  const [updatedAt, updatedBy] = [sql.identifier(table.updatedAt.name), sql.identifier(table.updatedBy.name)];
  return sql`WITH old AS (
      SELECT old.*, ${sql.join(cols.map((c) => sql`${c.next} AS ${c.n}`), sql`, `)}
      FROM ${table} old WHERE old.${id} IN (${matching}) AND (${differs})
      ORDER BY old.${id} FOR UPDATE
    ),
    changed AS (
      UPDATE ${table} t SET ${sql.join(cols.map((c) => sql`${c.name} = old.${c.n}`), sql`, `)},
        ${version} = t.${version} + 1, ${updatedAt} = now(), ${updatedBy} = ${ctx.user.id}
      FROM old WHERE t.${id} = old.${id}
      RETURNING t.${id} AS id, t.${version} AS version, ${sql.join(cols.map((c) => sql`${options.previous?.[c.field] ?? sql`old.${c.name}`} AS ${c.o}, t.${c.name} AS ${c.n}`), sql`, `)}
    )${job},
    audit AS (${auditInsertFrom(
      sql`SELECT ${name}, c.id, c.version, ${action}::audit_action, ${ctx.user.id}::int, ${changes.length ? sql.join(changes, sql` || `) : sql`'{}'::jsonb`}, ${batch} FROM changed c`,
    )})
    SELECT (SELECT count(*)::int FROM changed) AS changed, (SELECT count(DISTINCT m.id)::int FROM (${matching}) m) AS matched, ${batch} AS "batchId"`;
}

// Sets fields of every record a list definition matches, in one statement whose ids never leave the database: only
// records whose values differ are updated (version raised) and get a history entry with the old and new value of
// each field that changed, all naming one batch. Patch values are values or SQL expressions of the stored row `old`.
// Deleted records are included when the match includes them.
export async function updateMatching(
  tx: Tx,
  ctx: MutationContext,
  table: EditableTable,
  match: RowMatch,
  patch: Record<string, unknown>,
  options: UpdateMatchingOptions = {},
): Promise<UpdateMatchingResult> {
  const query = updateMatchingQuery(ctx, table, match, patch, options);
  let result: { changed: number; matched: number; batchId: number | null };
  try {
    [result] = await queryRows<typeof result>(tx, query);
  } catch (error) {
    throw rowsRefusedByDatabase(error, table, []) ?? error;
  }
  return { changed: result.changed, unchanged: result.matched - result.changed, batchId: result.batchId ?? options.batchId ?? null };
}
