import type { CustomCondition } from '@/lib/fields/compile';
import { relationOps } from '@/lib/fields/criteria';
import { field } from '@/lib/fields/define';
import { relatedConditions, relatedFields, relationCondition } from '@/lib/fields/related';
import type { Registry } from '@/lib/fields/types';
import { personInOrganisationFields } from '@/lib/persons-in-organisation/fields';
import { personFields } from '@/lib/persons/fields';
import { organisationFields } from './fields';

// What an organisation's persons in organisation can be asked about: their own fields and their person's.
export const organisationPersonFields: Registry = [
  ...personInOrganisationFields.filter((f) => f.name !== 'organisationId'),
  ...relatedFields('person', 'personsInOrganisation.fields.person', personFields),
];

// The criteria of the organisations list: every field of an organisation, and its persons in organisation ("has
// persons in organisation where …", and how many).
export const organisationQueryFields: Registry = [
  ...organisationFields,
  field('persons', 'computed', 'organisations.criteria.persons', { filter: { ops: relationOps, where: organisationPersonFields } }),
  field('personCount', 'computed', 'organisations.criteria.personCount', { filter: { value: 'number', where: organisationPersonFields } }),
];

const persons = relationCondition({
  table: 'persons_in_organisation',
  alias: 'e',
  key: 'organisation_id',
  registry: organisationPersonFields,
  custom: relatedConditions('person', personFields, { table: 'persons', alias: 'p', key: 'person_id' }),
});

// The conditions of the organisations' computed fields.
export const organisationConditions: Record<string, CustomCondition> = { persons, personCount: persons };
