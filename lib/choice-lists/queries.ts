import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { choiceListEntries, choiceListKeys, choiceLists, type ChoiceListKey } from '@/db/schema';
import { choiceEntryUsage } from './usage';

// One value of a choice list as a dropdown shows it.
export type ChoiceOption = { id: number; label: string; active: boolean };

// The entries of some choice lists in their sort order, inactive ones included (marked) so that a record
// keeps showing its value; forms offer only the active ones plus the record's own.
export async function getChoiceOptions<K extends ChoiceListKey>(keys: readonly K[]): Promise<Record<K, ChoiceOption[]>> {
  const db = await getDb();
  const rows = await db
    .select({ key: choiceLists.key, id: choiceListEntries.id, label: choiceListEntries.label, active: choiceListEntries.active })
    .from(choiceListEntries)
    .innerJoin(choiceLists, eq(choiceLists.id, choiceListEntries.choiceListId))
    .where(and(isNull(choiceListEntries.deletedAt)))
    .orderBy(asc(choiceListEntries.sortOrder), asc(choiceListEntries.label));
  const out = Object.fromEntries(keys.map((k) => [k, [] as ChoiceOption[]])) as Record<K, ChoiceOption[]>;
  for (const row of rows) if ((keys as readonly string[]).includes(row.key)) out[row.key as K].push({ id: row.id, label: row.label, active: row.active });
  return out;
}

// One entry on the choice list admin page, with the number of live records that use it.
export type ChoiceEntryRow = ChoiceOption & { version: number; used: number };

// Every choice list with its live entries in sort order and their usage, for the admin page.
export async function getChoiceListsForAdmin(): Promise<{ key: ChoiceListKey; entries: ChoiceEntryRow[] }[]> {
  const db = await getDb();
  const [rows, usage] = await Promise.all([
    db
      .select({ key: choiceLists.key, id: choiceListEntries.id, label: choiceListEntries.label, active: choiceListEntries.active, version: choiceListEntries.version })
      .from(choiceListEntries)
      .innerJoin(choiceLists, eq(choiceLists.id, choiceListEntries.choiceListId))
      .where(isNull(choiceListEntries.deletedAt))
      .orderBy(asc(choiceListEntries.sortOrder), asc(choiceListEntries.label), asc(choiceListEntries.id)),
    choiceEntryUsage(db),
  ]);
  return choiceListKeys.map((key) => ({
    key,
    entries: rows.filter((r) => r.key === key).map(({ key: _key, ...r }) => ({ ...r, used: usage.get(r.id) ?? 0 })),
  }));
}
