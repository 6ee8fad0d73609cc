import { boolean, index, integer, pgEnum, pgTable, text } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';
import { users } from './users';

export const listKindEnum = pgEnum('list_kind', ['organisations', 'persons', 'persons_in_organisation']);

// A user's named search or default list view: criteria, sort and columns as a query string.
export const savedViews = pgTable(
  'saved_views',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id').notNull().references(() => users.id),
    list: listKindEnum('list').notNull(),
    name: text('name').notNull(),
    query: text('query').notNull(),
    isDefault: boolean('is_default').notNull().default(false),
    shared: boolean('shared').notNull().default(false),
    ...recordColumns,
  },
  (t) => [index('saved_views_user_list_idx').on(t.userId, t.list)],
);

export type SavedView = typeof savedViews.$inferSelect;
