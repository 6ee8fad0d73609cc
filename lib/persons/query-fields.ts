import { sql } from 'drizzle-orm';
import { escapeLike, fold } from '@/lib/list/fold';
import type { CustomCondition } from '@/lib/fields/compile';
import { relationOps } from '@/lib/fields/criteria';
import { field } from '@/lib/fields/define';
import { relatedConditions, relatedFields, relationCondition } from '@/lib/fields/related';
import type { Registry } from '@/lib/fields/types';
import { organisationFields } from '@/lib/organisations/fields';
import { personInOrganisationFields } from '@/lib/persons-in-organisation/fields';
import { personFields } from './fields';

// What a person's job can be asked about: the person in organisation's own fields and its organisation's.
export const personJobFields: Registry = [
  ...personInOrganisationFields.filter((f) => f.name !== 'personId'),
  ...relatedFields('organisation', 'personsInOrganisation.fields.organisation', organisationFields),
];

const jobConditions = relatedConditions('organisation', organisationFields, { table: 'organisations', alias: 'o', key: 'organisation_id' });

// The criteria of the persons list: every field of a person, and their jobs ("has a job at an organisation where …",
// "has none").
export const personQueryFields: Registry = [
  ...personFields,
  field('employments', 'computed', 'persons.criteria.employments', { filter: { ops: relationOps, where: personJobFields } }),
];

const employed = sql`EXISTS (SELECT 1 FROM persons_in_organisation e WHERE e.person_id = r.id AND e.active AND e.deleted_at IS NULL)`;

// The conditions of the persons' computed fields: an active job, (any) employer whose name contains the text, and
// jobs meeting criteria of their own.
export const personConditions: Record<string, CustomCondition> = {
  employed: (c) => (c.value ? employed : sql`NOT ${employed}`),
  employerName: (c) => sql`EXISTS (SELECT 1 FROM persons_in_organisation e JOIN organisations o ON o.id = e.organisation_id
      WHERE e.person_id = r.id AND e.deleted_at IS NULL AND o.name_sort LIKE ${`%${escapeLike(fold(String(c.value)))}%`})`,
  employments: relationCondition({ table: 'persons_in_organisation', alias: 'e', key: 'person_id', registry: personJobFields, custom: jobConditions }),
};
