import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { queryRows } from '@/db/rows';
import type { ActivityKind } from '@/db/schema';
import { dueGroups, queueBounds, type DueGroup } from './due';
import { activityColumns, activityJoins, toActivityRow, type ActivityRow } from './rows';

// One group of the work queue: how many activities it holds and the first of them.
export type QueueGroup = { group: DueGroup; count: number; rows: ActivityRow[] };

// How many activities a group of the queue shows, unless the user asked for all of one group.
export const queueGroupSize = 50;
const allOfGroup = 1000;

// A user's open work: assigned to them, not done, not deleted; a note counts only when it has a due date (a
// reminder). The first three conditions are those of the partial index activities_queue_idx.
function openWork(userId: number, kind: ActivityKind | null): SQL {
  return sql`a.assigned_to_id = ${userId} AND a.deleted_at IS NULL AND NOT a.done AND (a.due_at IS NOT NULL OR a.kind <> 'note')${kind ? sql` AND a.kind = ${kind}` : sql``}`;
}

const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;

function groupRanges(now: Date): Record<DueGroup, { where: SQL; order: SQL }> {
  const b = queueBounds(now);
  const by = { where: sql``, order: sql`a.due_at, a.id` };
  return {
    overdue: { ...by, where: sql`a.due_at < ${at(b.today)}` },
    today: { ...by, where: sql`a.due_at >= ${at(b.today)} AND a.due_at < ${at(b.tomorrow)}` },
    tomorrow: { ...by, where: sql`a.due_at >= ${at(b.tomorrow)} AND a.due_at < ${at(b.dayAfter)}` },
    thisWeek: { ...by, where: sql`a.due_at >= ${at(b.dayAfter)} AND a.due_at < ${at(b.later)}` },
    later: { ...by, where: sql`a.due_at >= ${at(b.later)}` },
    none: { where: sql`a.due_at IS NULL`, order: sql`a.created_at DESC, a.id DESC` },
  };
}

// The user's work queue for `now`: every group with its count and its first activities (all of `expand`).
export async function getWorkQueue(userId: number, opts: { kind: ActivityKind | null; expand: DueGroup | null; now?: Date }): Promise<QueueGroup[]> {
  const db = await getDb();
  const ranges = groupRanges(opts.now ?? new Date());
  const base = openWork(userId, opts.kind);
  const counts = sql.join(dueGroups.map((g) => sql`count(*) FILTER (WHERE ${ranges[g].where})::int AS ${sql.identifier(g)}`), sql`, `);
  const parts = dueGroups.map(
    (g, i) => sql`(SELECT a.id, ${i}::int AS gi, row_number() OVER (ORDER BY ${ranges[g].order}) AS n FROM activities a
                    WHERE ${base} AND ${ranges[g].where} ORDER BY ${ranges[g].order} LIMIT ${opts.expand === g ? allOfGroup : queueGroupSize})`,
  );
  const [[countRow], rows] = await Promise.all([
    queryRows<Record<DueGroup, number>>(db, sql`SELECT ${counts} FROM activities a WHERE ${base}`),
    queryRows<Record<string, unknown>>(db, sql`
      WITH q AS (${sql.join(parts, sql` UNION ALL `)})
      SELECT q.gi, ${activityColumns} FROM q JOIN activities a ON a.id = q.id ${activityJoins} ORDER BY q.gi, q.n`),
  ]);
  return dueGroups.map((g) => ({ group: g, count: countRow?.[g] ?? 0, rows: rows.filter((r) => r.gi === dueGroups.indexOf(g)).map(toActivityRow) }));
}

// The navigation badge: the user's open activities due before tomorrow (overdue + today), from the partial index.
export function badgeCountQuery(userId: number, now: Date = new Date()): SQL {
  return sql`SELECT count(*)::int AS n FROM activities a WHERE a.assigned_to_id = ${userId} AND a.deleted_at IS NULL AND NOT a.done AND a.due_at < ${at(queueBounds(now).tomorrow)}`;
}

// The number on the navigation badge.
export async function countDueToday(userId: number, now?: Date): Promise<number> {
  const db = await getDb();
  const [row] = await queryRows<{ n: number }>(db, badgeCountQuery(userId, now));
  return row?.n ?? 0;
}

// One in-app reminder: an activity with a time of day that has come due.
export type Reminder = { id: number; kind: ActivityKind; subject: string; dueAt: string; href: string };

// How far back the list of recent reminders reaches.
export const reminderWindowMs = 12 * 3600_000;

// The user's timed open activities that came due in the last hours (newest first), and the next one to come.
export async function getReminders(userId: number, now: Date = new Date()): Promise<{ due: ActivityRow[]; next: string | null }> {
  const db = await getDb();
  const since = new Date(now.getTime() - reminderWindowMs);
  const timed = sql`a.assigned_to_id = ${userId} AND a.deleted_at IS NULL AND NOT a.done AND a.due_has_time`;
  const [due, [next]] = await Promise.all([
    queryRows<Record<string, unknown>>(db, sql`SELECT ${activityColumns} FROM activities a ${activityJoins} WHERE ${timed} AND a.due_at > ${at(since)} AND a.due_at <= ${at(now)} ORDER BY a.due_at DESC LIMIT 20`),
    queryRows<{ next: Date | string | null }>(db, sql`SELECT min(a.due_at) AS next FROM activities a WHERE ${timed} AND a.due_at > ${at(now)}`),
  ]);
  return { due: due.map(toActivityRow), next: next?.next ? new Date(next.next).toISOString() : null };
}
