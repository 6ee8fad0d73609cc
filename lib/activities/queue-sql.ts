import { sql, type SQL } from 'drizzle-orm';
import type { ActivityKind } from '@/db/schema/activities';
import { dueGroups, queueBounds, type DueGroup } from './due';
import { activityColumns, activityJoins } from './rows';

// The SQL of the work queue and the badge (no database access here: the pages and the benchmark run it).

// How many activities a group of the queue shows, unless the user asked for all of one group.
export const queueGroupSize = 50;
const allOfGroup = 1000;

const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;

// A user's open work: assigned to them, not done, not deleted; a note counts only when it has a due date (a
// reminder). The first three conditions are those of the partial index activities_queue_idx.
function openWork(userId: number, kind: ActivityKind | null): SQL {
  return sql`a.assigned_to_id = ${userId} AND a.deleted_at IS NULL AND NOT a.done AND (a.due_at IS NOT NULL OR a.kind <> 'note')${kind ? sql` AND a.kind = ${kind}` : sql``}`;
}

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

// The two queries of the queue: the count per group, and the first activities of each group (all of `expand`),
// named, in group order (column gi is the group's index in dueGroups); only the chosen rows are joined to names.
export function workQueueQueries(userId: number, opts: { kind: ActivityKind | null; expand: DueGroup | null; now: Date }): { counts: SQL; rows: SQL } {
  const ranges = groupRanges(opts.now);
  const base = openWork(userId, opts.kind);
  const counts = sql.join(dueGroups.map((g) => sql`count(*) FILTER (WHERE ${ranges[g].where})::int AS ${sql.identifier(g)}`), sql`, `);
  const parts = dueGroups.map(
    (g, i) => sql`(SELECT a.*, ${i}::int AS gi, row_number() OVER (ORDER BY ${ranges[g].order}) AS n FROM activities a
                    WHERE ${base} AND ${ranges[g].where} ORDER BY ${ranges[g].order} LIMIT ${opts.expand === g ? allOfGroup : queueGroupSize})`,
  );
  return {
    counts: sql`SELECT ${counts} FROM activities a WHERE ${base}`,
    rows: sql`WITH q AS (${sql.join(parts, sql` UNION ALL `)})
      SELECT a.gi, ${activityColumns} FROM q a ${activityJoins} ORDER BY a.gi, a.n`,
  };
}

// The navigation badge: the user's open activities due before tomorrow (overdue + today), from the partial index.
export function badgeCountQuery(userId: number, now: Date = new Date()): SQL {
  return sql`SELECT count(*)::int AS n FROM activities a WHERE a.assigned_to_id = ${userId} AND a.deleted_at IS NULL AND NOT a.done AND a.due_at < ${at(queueBounds(now).tomorrow)}`;
}

// The reminders: timed open activities that came due between `since` and `now`, and the first one after `now`.
export function reminderQueries(userId: number, since: Date, now: Date): { due: SQL; next: SQL } {
  const timed = sql`a.assigned_to_id = ${userId} AND a.deleted_at IS NULL AND NOT a.done AND a.due_has_time`;
  return {
    due: sql`SELECT ${activityColumns} FROM activities a ${activityJoins} WHERE ${timed} AND a.due_at > ${at(since)} AND a.due_at <= ${at(now)} ORDER BY a.due_at DESC LIMIT 20`,
    next: sql`SELECT min(a.due_at) AS next FROM activities a WHERE ${timed} AND a.due_at > ${at(now)}`,
  };
}
