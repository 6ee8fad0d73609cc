import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';
import { organisations } from './organisations';
import { persons } from './persons';
import { personsInOrganisation } from './persons-in-organisation';
import { users } from './users';

export const activityKindEnum = pgEnum('activity_kind', ['call', 'meeting', 'email', 'task', 'note']);
export const priorityEnum = pgEnum('priority', ['low', 'normal', 'high']);

// A call, meeting, e-mail, task or note on an organisation, a person or a person in organisation.
export const activities = pgTable(
  'activities',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: activityKindEnum('kind').notNull(),
    subject: text('subject').notNull(),
    description: text('description'),
    // The moment it is due: the given time of day in Europe/Amsterdam, or the start of the due date when no time is given.
    dueAt: timestamp('due_at', { withTimezone: true }),
    dueHasTime: boolean('due_has_time').notNull().default(false),
    assignedToId: integer('assigned_to_id').references(() => users.id),
    done: boolean('done').notNull().default(false),
    doneAt: timestamp('done_at', { withTimezone: true }),
    priority: priorityEnum('priority').notNull().default('normal'),
    pinned: boolean('pinned').notNull().default(false),
    organisationId: integer('organisation_id').references(() => organisations.id),
    personId: integer('person_id').references(() => persons.id),
    personInOrganisationId: integer('person_in_organisation_id').references(() => personsInOrganisation.id),
    ...recordColumns,
  },
  (t) => [
    check('activities_has_subject', sql`num_nonnulls(${t.organisationId}, ${t.personId}, ${t.personInOrganisationId}) >= 1`),
    index('activities_organisation_idx').on(t.organisationId),
    index('activities_person_idx').on(t.personId),
    index('activities_pio_idx').on(t.personInOrganisationId),
    index('activities_created_by_idx').on(t.createdBy),
    index('activities_queue_idx').on(t.assignedToId, t.dueAt).where(sql`deleted_at IS NULL AND NOT done`),
  ],
);

export type Activity = typeof activities.$inferSelect;
export type NewActivity = typeof activities.$inferInsert;
export type ActivityKind = (typeof activityKindEnum.enumValues)[number];
export type Priority = (typeof priorityEnum.enumValues)[number];
