import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';

// The configurable dropdowns (relation type, status, industry, salutation, …), one row per list.
export const choiceLists = pgTable('choice_lists', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  key: text('key').notNull().unique(),
  ...recordColumns,
});

// The values of a choice list; sort order decides the order in every dropdown.
export const choiceListEntries = pgTable(
  'choice_list_entries',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    choiceListId: integer('choice_list_id').notNull().references(() => choiceLists.id),
    label: text('label').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    active: boolean('active').notNull().default(true),
    ...recordColumns,
  },
  (t) => [
    index('choice_list_entries_list_idx').on(t.choiceListId, t.sortOrder),
    uniqueIndex('choice_list_entries_label_uq')
      .on(t.choiceListId, sql`lower(${t.label})`)
      .where(sql`deleted_at IS NULL`),
  ],
);

export type ChoiceList = typeof choiceLists.$inferSelect;
export type ChoiceListEntry = typeof choiceListEntries.$inferSelect;
export const choiceListKeys = ['relation_type', 'status', 'industry', 'salutation', 'department', 'job_title'] as const;
export type ChoiceListKey = (typeof choiceListKeys)[number];
