import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';
import { organisations } from './organisations';
import { persons } from './persons';
import { segments } from './segments';

// The employment record: one person's role at one organisation, with its own history.
export const personsInOrganisation = pgTable(
  'persons_in_organisation',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id').notNull().references(() => persons.id),
    organisationId: integer('organisation_id').notNull().references(() => organisations.id),
    department: text('department'),
    jobTitle: text('job_title'),
    email: text('email'),
    phone: text('phone'),
    mobile: text('mobile'),
    categoryId: integer('category_id').references(() => segments.id),
    subcategoryId: integer('subcategory_id').references(() => segments.id),
    startDate: date('start_date'),
    endDate: date('end_date'),
    active: boolean('active').notNull().default(true),
    notes: text('notes'),
    // Sort keys copied from the person and organisation by triggers, so lists sort without a join.
    personSortName: text('person_sort_name'),
    organisationNameSort: text('organisation_name_sort'),
    ...recordColumns,
  },
  (t) => [
    check('persons_in_organisation_dates', sql`${t.endDate} IS NULL OR ${t.startDate} IS NULL OR ${t.endDate} >= ${t.startDate}`),
    index('pio_person_idx').on(t.personId),
    index('pio_organisation_idx').on(t.organisationId),
    index('pio_category_idx').on(t.categoryId, t.active),
    index('pio_subcategory_idx').on(t.subcategoryId),
    index('pio_live_person_sort_idx').on(t.personSortName, t.id).where(sql`deleted_at IS NULL`),
    index('pio_live_active_person_sort_idx').on(t.personSortName, t.id).where(sql`deleted_at IS NULL AND active`),
    index('pio_live_active_category_sort_idx').on(t.categoryId, t.personSortName, t.id).where(sql`deleted_at IS NULL AND active`),
    index('pio_email_idx').on(sql`lower(${t.email})`),
    index('pio_created_at_idx').on(t.createdAt),
    index('pio_updated_at_idx').on(t.updatedAt),
    // The list's sorts on live records: each (sort expression, id) exactly as lib/persons-in-organisation/list.ts
    // orders by it; the category sorts walk theirs one segment at a time.
    index('pio_live_organisation_sort_idx').on(t.organisationNameSort, t.id).where(sql`deleted_at IS NULL`),
    index('pio_live_department_idx').on(sql`coalesce(${t.department}, '')`, t.id).where(sql`deleted_at IS NULL`),
    index('pio_live_job_title_idx').on(sql`coalesce(${t.jobTitle}, '')`, t.id).where(sql`deleted_at IS NULL`),
    index('pio_live_email_idx').on(sql`coalesce(${t.email}, '')`, t.id).where(sql`deleted_at IS NULL`),
    index('pio_live_phone_idx').on(sql`coalesce(${t.phone}, '')`, t.id).where(sql`deleted_at IS NULL`),
    index('pio_live_category_idx').on(t.categoryId, t.id).where(sql`deleted_at IS NULL`),
    index('pio_live_subcategory_idx').on(t.subcategoryId, t.id).where(sql`deleted_at IS NULL`),
    index('pio_live_active_idx').on(t.active, t.id).where(sql`deleted_at IS NULL`),
    index('pio_live_start_date_idx').on(sql`coalesce(${t.startDate}, '-infinity'::date)`, t.id).where(sql`deleted_at IS NULL`),
    // Criteria about live, active jobs (a person's, an organisation's and how many): index-only lookups and counts.
    index('pio_live_active_person_idx').on(t.personId).where(sql`deleted_at IS NULL AND active`),
    index('pio_live_active_organisation_idx').on(t.organisationId).where(sql`deleted_at IS NULL AND active`),
    // Start dates of current jobs, for the employment jubilees.
    index('pio_live_active_start_idx').on(t.startDate).where(sql`deleted_at IS NULL AND active`),
    index('pio_live_end_date_idx').on(sql`coalesce(${t.endDate}, '-infinity'::date)`, t.id).where(sql`deleted_at IS NULL`),
  ],
);

export type PersonInOrganisation = typeof personsInOrganisation.$inferSelect;
export type NewPersonInOrganisation = typeof personsInOrganisation.$inferInsert;
