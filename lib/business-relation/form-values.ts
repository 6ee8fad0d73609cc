import type { Organisation } from '@/db/schema';
import { organisationFormValues } from '@/lib/organisations/form-values';
import { personInOrganisationFormValues } from '@/lib/persons-in-organisation/form-values';
import { personFormValues } from '@/lib/persons/form-values';
import type { BusinessRelationFormValues } from './validations';

// The organisation sections' values: empty for a new organisation (the user as account manager), or a stored one's.
export function organisationSectionValues(row?: Organisation, accountManagerId?: number): BusinessRelationFormValues['organisation'] {
  const { id: _id, version: _version, ...values } = organisationFormValues(row, accountManagerId);
  return values;
}

// The business relation form's starting values: a new person at a new organisation, nothing chosen yet.
export function businessRelationFormValues(accountManagerId: number): BusinessRelationFormValues {
  const { id: _id, version: _version, ...person } = personFormValues();
  const { department, jobTitle, email, phone, mobile, categoryId, subcategoryId, startDate } = personInOrganisationFormValues();
  return {
    personId: '',
    person,
    job: { department, jobTitle, email, phone, mobile, categoryId, subcategoryId, startDate },
    organisationId: '',
    organisationVersion: '',
    editOrganisation: false,
    organisation: organisationSectionValues(undefined, accountManagerId),
  };
}
