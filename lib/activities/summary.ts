import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { queryRows } from '@/db/rows';
import { queueBounds } from './due';
import { activityColumns, activityJoins, toActivityRow, type ActivityRow } from './rows';

// My open activities at a glance: how many are overdue and due today, and the next few from today on.
export type OpenSummary = { overdue: number; today: number; next: ActivityRow[] };

// The dashboard's summary of the user's queue, from the partial queue index.
export async function getOpenSummary(userId: number, now = new Date(), limit = 5): Promise<OpenSummary> {
  const db = await getDb();
  const b = queueBounds(now);
  const today = sql`${b.today.toISOString()}::timestamptz`;
  const tomorrow = sql`${b.tomorrow.toISOString()}::timestamptz`;
  const mine = sql`a.assigned_to_id = ${userId} AND a.deleted_at IS NULL AND NOT a.done`;
  const [[counts], rows] = await Promise.all([
    queryRows<{ overdue: number; today: number }>(db, sql`
      SELECT count(*) FILTER (WHERE a.due_at < ${today})::int AS overdue, count(*) FILTER (WHERE a.due_at >= ${today})::int AS today
        FROM activities a WHERE ${mine} AND a.due_at < ${tomorrow}`),
    queryRows<Record<string, unknown>>(db, sql`
      SELECT ${activityColumns} FROM activities a ${activityJoins} WHERE ${mine} AND a.due_at >= ${today} ORDER BY a.due_at, a.id LIMIT ${limit}`),
  ]);
  return { overdue: counts?.overdue ?? 0, today: counts?.today ?? 0, next: rows.map(toActivityRow) };
}
