import { index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';
import { users } from './users';

// A user's personal iCalendar feed: the SHA-256 of its secret token (the token itself is shown once, never stored).
// Renewing replaces the hash, so the old address stops working; deleting revokes the feed.
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id').notNull().references(() => users.id),
    tokenHash: text('token_hash').notNull(),
    ...recordColumns,
  },
  (t) => [uniqueIndex('calendar_feeds_user_uq').on(t.userId), uniqueIndex('calendar_feeds_token_uq').on(t.tokenHash), index('calendar_feeds_created_by_idx').on(t.createdBy)],
);

export type CalendarFeed = typeof calendarFeeds.$inferSelect;
