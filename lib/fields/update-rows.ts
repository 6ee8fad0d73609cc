import 'server-only';
import type { ZodType } from 'zod';
import type { Tx } from '@/db';
import { describeConflicts, updateEach } from '@/lib/mutation/bulk';
import type { MutationContext } from '@/lib/mutation/context';
import type { EditableTable } from '@/lib/mutation/records';
import { MutationRefused } from '@/lib/mutation/result';
import { lockRows } from '@/lib/mutation/update-each';
import { errorMessage } from '@/lib/validation/message';
import { rowFieldErrors, validatePatches, type RowErrors, type RowPatch } from './rows';
import type { Registry } from './types';

// A kind of record as many-row edits need it: its table, its field registry, the form's row schema and how a parsed
// form becomes stored values.
export type EditableKind<S extends ZodType> = {
  table: EditableTable;
  registry: Registry;
  schema: S;
  values: (input: ReturnType<S['parse']>, before: Record<string, unknown>) => Record<string, unknown>;
};

// Saves patches of many records of one kind as the form would save each, in the caller's transaction: the rows are
// locked, each patch laid over its stored row and validated with the form's row schema; every invalid, stale or gone
// row is reported by id (`rowErrors`, `conflicts`, and `fieldErrors` keyed `rows.<id>.<field>`) and nothing is
// written if any fails. Only the fields whose value changes are written, with one history entry per record.
export async function updateRows<S extends ZodType>(tx: Tx, ctx: MutationContext, kind: EditableKind<S>, patches: RowPatch[], options: { batchId?: number } = {}) {
  const stored = await lockRows(tx, kind.table, patches.map((p) => p.id));
  const rowErrors: RowErrors = {};
  const stale = [];
  for (const p of patches) {
    const row = stored.get(p.id);
    if (!row || row.deletedAt) rowErrors[p.id] = { '': ['errors.recordGone'] };
    else if (row.version !== p.version) {
      rowErrors[p.id] = { '': ['errors.staleVersion'] };
      stale.push({ current: row, since: p.version });
    }
  }
  const current = new Map([...stored].filter(([id]) => !rowErrors[id]));
  const checked = validatePatches(kind.registry, kind.schema, kind.values, current, patches.filter((p) => !rowErrors[p.id]));
  if (!checked.ok) Object.assign(rowErrors, checked.rowErrors);
  const count = Object.keys(rowErrors).length;
  if (count > 0) {
    const conflicts = stale.length ? { conflicts: await describeConflicts(tx, kind.table, stale) } : {};
    throw new MutationRefused({ ok: false, formError: errorMessage('errors.rowsRefused', { count }), rowErrors, fieldErrors: rowFieldErrors(rowErrors), ...conflicts });
  }
  const changed = checked.ok ? checked.rows.filter((r) => Object.keys(r.patch).length > 0) : [];
  if (changed.length === 0) return { changed: 0, batchId: null };
  const result = await updateEach(tx, ctx, kind.table, changed, { action: 'bulk_update', batchId: options.batchId });
  return { changed: result.rows.length, batchId: result.batchId };
}
