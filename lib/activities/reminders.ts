// In-app reminders, in the browser: which of the polled reminders are new since the last poll and not yet shown.

// A reminder as the reminders route sends it.
export type DueReminder = { id: number; kind: string; subject: string; dueAt: string; record: string; href: string };

// The key under which a shown reminder is remembered: the activity and its due moment (a rescheduled one reminds again).
export const reminderKey = (r: Pick<DueReminder, 'id' | 'dueAt'>) => `${r.id}@${r.dueAt}`;

// The reminders to pop up: due after `since` (the last poll, or a few minutes before the page opened), not shown before.
export function freshReminders(due: DueReminder[], since: number, shown: ReadonlySet<string>): DueReminder[] {
  return due.filter((r) => new Date(r.dueAt).getTime() > since && !shown.has(reminderKey(r)));
}

// How long to wait before the next poll: until the next activity comes due, at most a minute, at least a second.
export function nextPollDelay(now: number, next: string | null, max = 60_000): number {
  if (!next) return max;
  return Math.min(max, Math.max(1000, new Date(next).getTime() - now + 500));
}
