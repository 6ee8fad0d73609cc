import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';

// The two-level segment tree: main segments (parent null) and their subsegments.
export const segments = pgTable(
  'segments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    parentId: integer('parent_id').references((): AnyPgColumn => segments.id),
    name: text('name').notNull(),
    appliesToOrganisation: boolean('applies_to_organisation').notNull().default(true),
    appliesToPersonInOrganisation: boolean('applies_to_person_in_organisation').notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
    active: boolean('active').notNull().default(true),
    ...recordColumns,
  },
  (t) => [
    index('segments_parent_idx').on(t.parentId, t.sortOrder),
    uniqueIndex('segments_sibling_name_uq')
      .on(sql`coalesce(${t.parentId}, 0)`, sql`lower(${t.name})`)
      .where(sql`deleted_at IS NULL`),
    check('segments_applies_somewhere', sql`${t.appliesToOrganisation} OR ${t.appliesToPersonInOrganisation}`),
    check('segments_name_not_blank', sql`btrim(${t.name}) <> ''`),
  ],
);

export type Segment = typeof segments.$inferSelect;
