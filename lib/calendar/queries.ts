import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { queryRows } from '@/db/rows';
import { calendarFeeds, users, type Locale } from '@/db/schema';
import { toActivityRow, type ActivityRow } from '@/lib/activities/rows';
import { feedActivitiesQuery } from './feed-sql';
import { hashFeedToken } from './tokens';

// Whether the user has a feed now, since when (its last renewal), and its version for renewing or revoking.
export type CalendarFeedState = { active: boolean; createdAt: string | null; version: number | null };

// The state of a user's calendar feed (the token itself is never shown again after it was made).
export async function getCalendarFeed(userId: number): Promise<CalendarFeedState> {
  const db = await getDb();
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId));
  if (!row) return { active: false, createdAt: null, version: null };
  return { active: !row.deletedAt, createdAt: row.updatedAt.toISOString(), version: row.version };
}

// The active user whose live feed has this token, or null (unknown, renewed, revoked or user deactivated).
export async function findFeedOwner(token: string): Promise<{ id: number; locale: Locale | null } | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: users.id, locale: users.locale })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.tokenHash, hashFeedToken(token)), isNull(calendarFeeds.deletedAt), eq(users.active, true), isNull(users.deletedAt)));
  return row ?? null;
}

// The activities of a user's feed (see feedActivitiesQuery).
export async function getFeedActivities(userId: number, now = new Date()): Promise<ActivityRow[]> {
  const db = await getDb();
  const rows = await queryRows<Record<string, unknown>>(db, feedActivitiesQuery(userId, now));
  return rows.map(toActivityRow);
}
