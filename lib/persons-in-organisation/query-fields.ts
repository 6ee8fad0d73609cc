import type { CustomCondition } from '@/lib/fields/compile';
import { relatedConditions, relatedFields } from '@/lib/fields/related';
import type { Registry } from '@/lib/fields/types';
import { organisationFields } from '@/lib/organisations/fields';
import { personFields } from '@/lib/persons/fields';
import { personInOrganisationFields } from './fields';

// The criteria of the persons in organisation list: its own fields, its organisation's (segment, city, status,
// account manager …) and its person's (consent, passive, date of birth …).
export const personInOrganisationQueryFields: Registry = [
  ...personInOrganisationFields,
  ...relatedFields('organisation', 'personsInOrganisation.fields.organisation', organisationFields),
  ...relatedFields('person', 'personsInOrganisation.fields.person', personFields),
];

// The conditions of the related fields: the organisation or person referred to meets the criterion.
export const personInOrganisationConditions: Record<string, CustomCondition> = {
  ...relatedConditions('organisation', organisationFields, { table: 'organisations', alias: 'o', key: 'organisation_id' }),
  ...relatedConditions('person', personFields, { table: 'persons', alias: 'p', key: 'person_id' }),
};
