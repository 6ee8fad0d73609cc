import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';
import { organisations } from './organisations';
import { personsInOrganisation } from './persons-in-organisation';
import { users } from './users';

// A named selection of persons in organisation and organisations, exported for a mailing.
export const mailingGroups = pgTable(
  'mailing_groups',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    description: text('description'),
    ...recordColumns,
  },
  (t) => [uniqueIndex('mailing_groups_name_uq').on(sql`lower(${t.name})`).where(sql`deleted_at IS NULL`)],
);

// One member of a mailing group: either a person in organisation or an organisation.
export const mailingGroupMembers = pgTable(
  'mailing_group_members',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    mailingGroupId: integer('mailing_group_id').notNull().references(() => mailingGroups.id),
    personInOrganisationId: integer('person_in_organisation_id').references(() => personsInOrganisation.id),
    organisationId: integer('organisation_id').references(() => organisations.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
    addedBy: integer('added_by').references(() => users.id),
  },
  (t) => [
    check('mailing_group_members_one_subject', sql`num_nonnulls(${t.personInOrganisationId}, ${t.organisationId}) = 1`),
    uniqueIndex('mailing_group_members_pio_uq').on(t.mailingGroupId, t.personInOrganisationId),
    uniqueIndex('mailing_group_members_org_uq').on(t.mailingGroupId, t.organisationId),
    index('mailing_group_members_pio_idx').on(t.personInOrganisationId),
    index('mailing_group_members_org_idx').on(t.organisationId),
  ],
);
