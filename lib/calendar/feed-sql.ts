import { sql, type SQL } from 'drizzle-orm';
import { activityColumns, activityJoins } from '@/lib/activities/rows';

// How many activities a feed holds at most, and how far back it reaches.
export const feedLimit = 500;
export const feedPastDays = 90;

// A user's feed: their open activities with a due date from 90 days ago on, soonest first, at most 500.
export function feedActivitiesQuery(userId: number, now: Date): SQL {
  const since = new Date(now.getTime() - feedPastDays * 86_400_000).toISOString();
  return sql`
    SELECT ${activityColumns} FROM activities a ${activityJoins}
     WHERE a.assigned_to_id = ${userId} AND a.deleted_at IS NULL AND NOT a.done AND a.due_at >= ${since}::timestamptz
     ORDER BY a.due_at, a.id LIMIT ${feedLimit}`;
}
