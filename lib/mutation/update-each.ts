import { and, getTableName, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db';
import { errorMessage } from '@/lib/validation/message';
import { diffRows, writeAudit } from './audit';
import { createBatch } from './batch';
import { writableColumn } from './columns';
import { describeConflicts, type StaleRecord } from './conflicts';
import type { MutationContext } from './context';
import type { EditableTable } from './records';
import { MutationRefused, type FieldErrors } from './result';
import { rowsRefusedByDatabase } from './row-errors';
import { arrayParam, driverValue, patchedFields } from './sql-values';

// One record to change: its id, the version the user loaded, and the fields to set (Drizzle field names).
export type RowPatch = { id: number; version: number; patch: Record<string, unknown> };

// Checks a record as it would be after the change (the stored row merged with the patch); the errors by field,
// or null when it is valid.
export type RowValidator = (merged: Record<string, unknown>, before: Record<string, unknown>) => FieldErrors | null;

// How a change of many records is recorded in their history.
export type BulkAction = 'update' | 'bulk_update' | 'merge';

// Options of updateEach: the history action, the batch the entries belong to (one is created for more than one
// row when none is given, of `kind`, default the action), and the check of each merged row.
export type UpdateEachOptions = { action?: BulkAction; batchId?: number; kind?: string; validate?: RowValidator };

// The records as changed, in the order given, and the batch their history entries name (null for a single row).
export type UpdateEachResult<T> = { rows: T[]; batchId: number | null };

type Row = Record<string, unknown> & { id: number; version: number; deletedAt: Date | null };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const loose = (tx: Tx) => tx as any;

// Locks the records of a write in id order (so two writers never wait on each other in a circle), by id.
export async function lockRows(tx: Tx, table: EditableTable, ids: number[]): Promise<Map<number, Row>> {
  const rows = (await loose(tx)
    .select()
    .from(table)
    .where(sql`${table.id} = ANY(${arrayParam(ids, 'integer')})`)
    .orderBy(table.id)
    .for('update')) as Row[];
  return new Map(rows.map((r) => [r.id, r]));
}

// Refuses the write, naming every record that is gone, stale (with what changed) or invalid; nothing is written.
async function refuseFailures(tx: Tx, table: EditableTable, rows: RowPatch[], before: Map<number, Row>, validate?: RowValidator) {
  const rowErrors: Record<number, FieldErrors> = {};
  const stale: StaleRecord[] = [];
  for (const row of rows) {
    const current = before.get(row.id);
    if (!current || current.deletedAt) rowErrors[row.id] = { '': ['errors.recordGone'] };
    else if (current.version !== row.version) {
      rowErrors[row.id] = { '': ['errors.staleVersion'] };
      stale.push({ current, since: row.version });
    } else {
      const errors = validate?.({ ...current, ...definedPart(row.patch) }, current);
      if (errors && Object.keys(errors).length > 0) rowErrors[row.id] = errors;
    }
  }
  const count = Object.keys(rowErrors).length;
  if (count === 0) return;
  const conflicts = stale.length > 0 ? { conflicts: await describeConflicts(tx, table, stale) } : {};
  throw new MutationRefused({ ok: false, formError: errorMessage('errors.rowsRefused', { count }), rowErrors, ...conflicts });
}

const definedPart = (patch: Record<string, unknown>) => Object.fromEntries(patchedFields(patch).map((f) => [f, patch[f]]));

// Writes the patches of locked, current records in one UPDATE … FROM unnest(arrays): one array per column set by
// any row, and where not every row sets it a second array saying which rows do. Raises each version.
export async function applyPatches(tx: Tx, ctx: MutationContext, table: EditableTable, rows: RowPatch[]): Promise<Row[]> {
  const fields = [...new Set(rows.flatMap((r) => patchedFields(r.patch)))];
  const arrays: SQL[] = [arrayParam(rows.map((r) => r.id), 'integer'), arrayParam(rows.map((r) => r.version), 'integer')];
  const names = ['id', 'version'];
  const set: Record<string, SQL> = {};
  fields.forEach((field, i) => {
    const column = writableColumn(table, field);
    arrays.push(arrayParam(rows.map((r) => driverValue(column, r.patch[field])), column.getSQLType()));
    names.push(`c${i}`);
    if (rows.every((r) => r.patch[field] !== undefined)) set[field] = sql.raw(`v.c${i}`);
    else {
      arrays.push(arrayParam(rows.map((r) => r.patch[field] !== undefined), 'boolean'));
      names.push(`s${i}`);
      set[field] = sql`CASE WHEN ${sql.raw(`v.s${i}`)} THEN ${sql.raw(`v.c${i}`)} ELSE ${column} END`;
    }
  });
  const values = sql`unnest(${sql.join(arrays, sql`, `)}) AS v(${sql.raw(names.join(', '))})`;
  const after = (await loose(tx)
    .update(table)
    .set({ ...set, version: sql`${table.version} + 1`, updatedAt: sql`now()`, updatedBy: ctx.user.id })
    .from(values)
    .where(and(sql`${table.id} = v.id`, sql`${table.version} = v.version`))
    .returning()) as Row[];
  if (after.length !== rows.length) throw new Error(`${getTableName(table)}: ${rows.length - after.length} locked rows were not updated`);
  const byId = new Map(after.map((r) => [r.id, r]));
  return rows.map((r) => byId.get(r.id)!);
}

// Changes many records at once if every one is live, at the version given and valid (validate sees the stored row
// merged with its patch): lock, check, one UPDATE, one history entry per record. When any fails nothing is written
// and every failure is reported by record id (rowErrors, conflicts); so is a database rule a row breaks.
export async function updateEach<T extends EditableTable>(
  tx: Tx,
  ctx: MutationContext,
  table: T,
  rows: RowPatch[],
  options: UpdateEachOptions = {},
): Promise<UpdateEachResult<T['$inferSelect']>> {
  const ids = rows.map((r) => r.id);
  if (new Set(ids).size !== ids.length) throw new Error(`${getTableName(table)}: a record appears twice in one write`);
  if (rows.length === 0) return { rows: [], batchId: options.batchId ?? null };
  const action = options.action ?? 'update';
  const before = await lockRows(tx, table, ids);
  await refuseFailures(tx, table, rows, before, options.validate);
  let after: Row[];
  try {
    after = await applyPatches(tx, ctx, table, rows);
  } catch (error) {
    throw rowsRefusedByDatabase(error, table, rows) ?? error;
  }
  const fields = [...new Set(rows.flatMap((r) => patchedFields(r.patch)))];
  const batchId =
    options.batchId ??
    (rows.length > 1 ? await createBatch(tx, ctx, { kind: options.kind ?? action, list: getTableName(table), params: { fields } }, rows.length) : null);
  await writeAudit(
    tx,
    after.map((row) => ({
      table, recordId: row.id, recordVersion: row.version, action, userId: ctx.user.id, changes: diffRows(table, before.get(row.id)!, row), bulkJobId: batchId,
    })),
  );
  return { rows: after as T['$inferSelect'][], batchId };
}
