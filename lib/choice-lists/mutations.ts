import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '@/db';
import { choiceListEntries, choiceLists, type ChoiceListEntry, type ChoiceListKey } from '@/db/schema';
import type { MutationContext } from '@/lib/mutation';
import { insertRecord, lockRecord, setDeleted, updateRecord } from '@/lib/mutation/records';
import { formError } from '@/lib/mutation/result';
import { errorMessage } from '@/lib/validation/message';
import { countChoiceEntryUse } from './usage';
import type {
  addChoiceEntrySchema,
  deleteChoiceEntrySchema,
  moveChoiceEntrySchema,
  renameChoiceEntrySchema,
  setChoiceEntryActiveSchema,
} from './validations';

const liveEntriesOf = (listId: number) => and(eq(choiceListEntries.choiceListId, listId), isNull(choiceListEntries.deletedAt));

// The id of a choice list, created on first use.
async function listId(tx: Tx, ctx: MutationContext, key: ChoiceListKey): Promise<number> {
  const [list] = await tx.select({ id: choiceLists.id }).from(choiceLists).where(eq(choiceLists.key, key));
  return list ? list.id : (await insertRecord(tx, ctx, choiceLists, { key })).id;
}

// Adds an entry at the end of a choice list.
export async function addChoiceEntry(tx: Tx, input: z.output<typeof addChoiceEntrySchema>, ctx: MutationContext) {
  const choiceListId = await listId(tx, ctx, input.listKey);
  const [last] = await tx
    .select({ max: sql<number>`coalesce(max(${choiceListEntries.sortOrder}), 0)::int` })
    .from(choiceListEntries)
    .where(liveEntriesOf(choiceListId));
  const row = await insertRecord(tx, ctx, choiceListEntries, { choiceListId, label: input.label, sortOrder: last.max + 10 });
  return { id: row.id };
}

// Renames an entry; records keep pointing at it, so they show the new label.
export async function renameChoiceEntry(tx: Tx, input: z.output<typeof renameChoiceEntrySchema>, ctx: MutationContext) {
  const row = await updateRecord(tx, ctx, choiceListEntries, input.id, input.version, { label: input.label });
  return { id: row.id, version: row.version };
}

// Moves an entry one place up or down: the sort orders are renumbered (in practice two neighbours swap), each with history.
export async function moveChoiceEntry(tx: Tx, input: z.output<typeof moveChoiceEntrySchema>, ctx: MutationContext) {
  const current = (await lockRecord(tx, choiceListEntries, input.id)) as ChoiceListEntry;
  const entries = await tx
    .select()
    .from(choiceListEntries)
    .where(liveEntriesOf(current.choiceListId))
    .orderBy(asc(choiceListEntries.sortOrder), asc(choiceListEntries.label), asc(choiceListEntries.id))
    .for('update');
  const from = entries.findIndex((e) => e.id === current.id);
  const to = input.direction === 'up' ? from - 1 : from + 1;
  if (to < 0 || to >= entries.length) return { moved: false };
  [entries[from], entries[to]] = [entries[to], entries[from]];
  for (const [i, entry] of entries.entries()) {
    const sortOrder = (i + 1) * 10;
    if (entry.sortOrder !== sortOrder) await updateRecord(tx, ctx, choiceListEntries, entry.id, entry.version, { sortOrder });
  }
  return { moved: true };
}

// Deactivates an entry (dropdowns stop offering it; records keep it) or reactivates it.
export async function setChoiceEntryActive(tx: Tx, input: z.output<typeof setChoiceEntryActiveSchema>, ctx: MutationContext) {
  const row = await updateRecord(tx, ctx, choiceListEntries, input.id, input.version, { active: input.active });
  return { id: row.id, version: row.version };
}

// Soft-deletes an entry that no live record uses; a used entry is never deleted.
export async function deleteChoiceEntry(tx: Tx, input: z.output<typeof deleteChoiceEntrySchema>, ctx: MutationContext) {
  await lockRecord(tx, choiceListEntries, input.id, input.version);
  const count = await countChoiceEntryUse(tx, input.id);
  if (count > 0) throw formError(errorMessage('choiceLists.deleteInUse', { count }));
  await setDeleted(tx, ctx, choiceListEntries, input.id, true);
  return { id: input.id };
}
