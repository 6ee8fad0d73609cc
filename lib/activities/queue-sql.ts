import { sql, type SQL } from 'drizzle-orm';
import type { ActivityKind } from '@/db/schema/activities';
import { dueGroups, queueBounds, type DueGroup } from './due';
import { activityColumns, activityJoins } from './rows';

// The SQL of the work queue and the badge (no database access here: the pages and the benchmark run it).

// How many activities a group of the queue shows, unless the user asked for all of one group.
export const queueGroupSize = 10;
const allOfGroup = 1000;

const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;

// A user's open work: assigned to them, not done, not deleted; a note counts only when it has a due date (a
// reminder). The first three conditions are those of the partial index activities_queue_idx.
function openWork(userId: number, kind: ActivityKind | null): SQL {
  return sql`a.assigned_to_id = ${userId} AND a.deleted_at IS NULL AND NOT a.done AND (a.due_at IS NOT NULL OR a.kind <> 'note')${kind ? sql` AND a.kind = ${kind}` : sql``}`;
}

// The group of an activity `a` by its due moment, as its index in dueGroups.
function groupIndex(now: Date): SQL {
  const b = queueBounds(now);
  return sql`CASE WHEN a.due_at IS NULL THEN 5 WHEN a.due_at < ${at(b.today)} THEN 0 WHEN a.due_at < ${at(b.tomorrow)} THEN 1
    WHEN a.due_at < ${at(b.dayAfter)} THEN 2 WHEN a.due_at < ${at(b.later)} THEN 3 ELSE 4 END`;
}

// The queue in one pass over the user's open work (the partial index): each activity's group, its place in the group
// (soonest first; without a date newest first) and the group's count; only the first of each group (all of `expand`)
// are kept and named. Column gi is the group's index in dueGroups, group_count its size.
export function workQueueQuery(userId: number, opts: { kind: ActivityKind | null; expand: DueGroup | null; now: Date }): SQL {
  const expand = opts.expand ? dueGroups.indexOf(opts.expand) : -1;
  return sql`
    WITH q AS (
      SELECT a.*, g.gi, count(*) OVER (PARTITION BY g.gi)::int AS group_count,
             row_number() OVER (PARTITION BY g.gi ORDER BY a.due_at, CASE WHEN a.due_at IS NULL THEN a.created_at END DESC, a.id) AS n
        FROM activities a CROSS JOIN LATERAL (SELECT ${groupIndex(opts.now)} AS gi) g
       WHERE ${openWork(userId, opts.kind)})
    SELECT a.gi, a.group_count, ${activityColumns} FROM q a ${activityJoins}
     WHERE a.n <= CASE WHEN a.gi = ${expand}::int THEN ${allOfGroup}::int ELSE ${queueGroupSize}::int END
     ORDER BY a.gi, a.n`;
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
