import type { Locale } from '@/db/schema';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import type { HistoryEntry } from './queries';

// One field of a history entry as people read it.
export type ShownChange = { field: string; before: string; after: string };

// A history entry with its fields as people read them.
export type ShownEntry = Omit<HistoryEntry, 'changes'> & { changes: ShownChange[] };

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;
const moment = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

// A stored value as people read it, at the precision it is entered: a date as a date, a moment to the minute,
// yes/no as ✓/✗, nothing as —.
export function showValue(value: unknown, locale: Locale): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (typeof value === 'string' && dateOnly.test(value)) return formatDate(value, locale);
  if (typeof value === 'string' && moment.test(value)) return formatDateTime(value, locale);
  return String(value);
}

// A record's history as it is shown: each change through `label` (names for ids, national phone numbers…, else
// showValue), leaving out fields whose old and new values read the same, and entries left with nothing to show.
export function shownHistory(entries: HistoryEntry[], locale: Locale, label?: (field: string, value: unknown) => string | null): ShownEntry[] {
  const read = (field: string, value: unknown) => label?.(field, value) ?? showValue(value, locale);
  return entries.flatMap((entry) => {
    const all = entry.action === 'create' ? [] : Object.entries(entry.changes);
    const changes = all.map(([field, [before, after]]) => ({ field, before: read(field, before), after: read(field, after) })).filter((c) => c.before !== c.after);
    return all.length > 0 && changes.length === 0 ? [] : [{ ...entry, changes }];
  });
}
