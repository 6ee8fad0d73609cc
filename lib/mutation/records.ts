import { and, eq, sql, type SQL, type Table } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '@/db';
import { diffRows, writeAudit } from './audit';
import { describeConflicts } from './conflicts';
import { applyPatches } from './update-each';
import { formError, MutationRefused, type Conflict } from './result';
import type { MutationContext } from './context';

// A table with the shared record-keeping columns.
export type EditableTable = PgTable & {
  id: PgColumn;
  version: PgColumn;
  deletedAt: PgColumn;
  createdBy: PgColumn;
  updatedBy: PgColumn;
  updatedAt: PgColumn;
};
type Row = Record<string, unknown> & { id: number; version: number; deletedAt: Date | null };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const loose = (tx: Tx) => tx as any;

// Creates a record and its "create" history entry.
export async function insertRecord<T extends EditableTable>(
  tx: Tx,
  ctx: MutationContext,
  table: T,
  values: Partial<T['$inferInsert']>,
): Promise<T['$inferSelect']> {
  const [row] = (await loose(tx)
    .insert(table)
    .values({ ...values, createdBy: ctx.user.id, updatedBy: ctx.user.id })
    .returning()) as Row[];
  await writeAudit(tx, [
    { table, recordId: row.id, recordVersion: row.version, action: 'create', userId: ctx.user.id, changes: diffRows(table, null, row) },
  ]);
  return row as T['$inferSelect'];
}

// Locks a live record for change, refusing when it is gone or when `version` is stale.
export async function lockRecord<T extends EditableTable>(tx: Tx, table: T, id: number, version?: number): Promise<Row> {
  const [row] = (await loose(tx).select().from(table).where(eq(table.id, id)).for('update')) as Row[];
  if (!row || row.deletedAt) throw formError('errors.recordGone');
  if (version !== undefined && row.version !== version) {
    throw new MutationRefused({ ok: false, formError: 'errors.staleVersion', conflict: await describeConflict(tx, table, row, version) });
  }
  return row;
}

// What changed in a record since `sinceVersion`: the fields, their current values, and who changed them last.
export async function describeConflict(tx: Tx, table: Table, current: Row, sinceVersion: number): Promise<Conflict> {
  return (await describeConflicts(tx, table, [{ current, since: sinceVersion }]))[current.id];
}

// Changes a record if `version` is current, with a field-by-field history entry: the single-form case of
// updateEach, refused the way a form shows it (record gone, or stale with the conflict).
export async function updateRecord<T extends EditableTable>(
  tx: Tx,
  ctx: MutationContext,
  table: T,
  id: number,
  version: number,
  patch: Partial<T['$inferInsert']>,
  action: 'update' | 'bulk_update' | 'merge' = 'update',
): Promise<T['$inferSelect']> {
  const before = await lockRecord(tx, table, id, version);
  const [after] = await applyPatches(tx, ctx, table, [{ id, version, patch }]);
  const changes = diffRows(table, before, after);
  await writeAudit(tx, [{ table, recordId: id, recordVersion: after.version, action, userId: ctx.user.id, changes }]);
  return after as T['$inferSelect'];
}

// Soft-deletes (deleted_at) or restores a record, with its history entry. deleted_at is the transaction's
// now(), so records deleted together share it and can be restored together.
export async function setDeleted<T extends EditableTable>(
  tx: Tx,
  ctx: MutationContext,
  table: T,
  id: number,
  deleted: boolean,
): Promise<T['$inferSelect']> {
  const [after] = (await loose(tx)
    .update(table)
    .set({ deletedAt: deleted ? sql`now()` : null, version: sql`${table.version} + 1`, updatedAt: sql`now()`, updatedBy: ctx.user.id })
    .where(and(eq(table.id, id), deleted ? sql`${table.deletedAt} IS NULL` : sql`${table.deletedAt} IS NOT NULL`))
    .returning()) as Row[];
  if (!after) throw formError(deleted ? 'errors.recordGone' : 'errors.notDeleted');
  await writeAudit(tx, [
    { table, recordId: id, recordVersion: after.version, action: deleted ? 'delete' : 'restore', userId: ctx.user.id, changes: {} },
  ]);
  return after as T['$inferSelect'];
}

// Soft-deletes the live rows (or restores the rows deleted at the `deletedTogetherWith` moment) of a table that belong to a
// parent record, one history entry each; returns how many.
export async function cascadeDeleted<T extends EditableTable>(
  tx: Tx,
  ctx: MutationContext,
  table: T,
  parentColumn: PgColumn,
  parentId: number,
  deleted: boolean,
  deletedTogetherWith?: SQL,
): Promise<number> {
  const which = deleted ? sql`${table.deletedAt} IS NULL` : sql`${table.deletedAt} = ${deletedTogetherWith ?? sql`NULL`}`;
  const rows = (await loose(tx)
    .update(table)
    .set({ deletedAt: deleted ? sql`now()` : null, version: sql`${table.version} + 1`, updatedAt: sql`now()`, updatedBy: ctx.user.id })
    .where(and(eq(parentColumn, parentId), which))
    .returning({ id: table.id, version: table.version })) as { id: number; version: number }[];
  await writeAudit(
    tx,
    rows.map((r) => ({ table, recordId: r.id, recordVersion: r.version, action: deleted ? 'delete' : 'restore', userId: ctx.user.id, changes: {} }) as const),
  );
  return rows.length;
}

// Records that go with a parent when it is deleted: a table and its column pointing at the parent.
export type Dependent = { key: string; table: EditableTable; column: PgColumn };

// Soft-deletes a record (at `version`) with its dependents; returns how many of each went along.
export async function deleteWithDependents(tx: Tx, ctx: MutationContext, table: EditableTable, id: number, version: number, dependents: Dependent[]) {
  await lockRecord(tx, table, id, version);
  await setDeleted(tx, ctx, table, id, true);
  const counts: Record<string, number> = {};
  for (const d of dependents) counts[d.key] = await cascadeDeleted(tx, ctx, d.table, d.column, id, true);
  return { id, ...counts };
}

// Restores a deleted record and the dependents deleted together with it (same deleted_at).
export async function restoreWithDependents(tx: Tx, ctx: MutationContext, table: EditableTable, id: number, dependents: Dependent[]) {
  const [current] = (await loose(tx).select({ deletedAt: table.deletedAt }).from(table).where(eq(table.id, id)).for('update')) as { deletedAt: Date | null }[];
  if (!current?.deletedAt) throw formError('errors.notDeleted');
  const moment = sql`(SELECT d.deleted_at FROM ${table} d WHERE d.id = ${id})`;
  const counts: Record<string, number> = {};
  for (const d of dependents) counts[d.key] = await cascadeDeleted(tx, ctx, d.table, d.column, id, false, moment);
  await setDeleted(tx, ctx, table, id, false);
  return { id, ...counts };
}
