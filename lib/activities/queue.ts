import 'server-only';
import { getDb } from '@/db';
import { queryRows } from '@/db/rows';
import type { ActivityKind } from '@/db/schema';
import { dueGroups, type DueGroup } from './due';
import { badgeCountQuery, reminderQueries, workQueueQuery } from './queue-sql';
import { toActivityRow, type ActivityRow } from './rows';

export { queueGroupSize } from './queue-sql';

// One group of the work queue: how many activities it holds and the first of them.
export type QueueGroup = { group: DueGroup; count: number; rows: ActivityRow[] };

// The user's work queue for `now`: every group with its count and its first activities (all of `expand`).
export async function getWorkQueue(userId: number, opts: { kind: ActivityKind | null; expand: DueGroup | null; now?: Date }): Promise<QueueGroup[]> {
  const db = await getDb();
  const rows = await queryRows<Record<string, unknown>>(db, workQueueQuery(userId, { ...opts, now: opts.now ?? new Date() }));
  return dueGroups.map((g, i) => {
    const mine = rows.filter((r) => r.gi === i);
    return { group: g, count: (mine[0]?.group_count as number) ?? 0, rows: mine.map(toActivityRow) };
  });
}

// The number on the navigation badge: overdue plus due today.
export async function countDueToday(userId: number, now?: Date): Promise<number> {
  const db = await getDb();
  const [row] = await queryRows<{ n: number }>(db, badgeCountQuery(userId, now));
  return row?.n ?? 0;
}

// How far back the list of recent reminders reaches.
export const reminderWindowMs = 12 * 3600_000;

// The user's timed open activities that came due in the last hours (newest first), and the next one to come.
export async function getReminders(userId: number, now: Date = new Date()): Promise<{ due: ActivityRow[]; next: string | null }> {
  const db = await getDb();
  const q = reminderQueries(userId, new Date(now.getTime() - reminderWindowMs), now);
  const [due, [next]] = await Promise.all([queryRows<Record<string, unknown>>(db, q.due), queryRows<{ next: Date | string | null }>(db, q.next)]);
  return { due: due.map(toActivityRow), next: next?.next ? new Date(next.next).toISOString() : null };
}
