import type { Organisation } from '@/db/schema';
import { formValuesOf } from '@/lib/fields/form-values';
import { organisationFields } from './fields';
import type { UpdateOrganisationValues } from './validations';

// The form's starting values: empty for a new organisation, or the stored record for editing.
export function organisationFormValues(row?: Organisation, accountManagerId?: number): UpdateOrganisationValues {
  return { id: row?.id ?? 0, version: row?.version ?? 1, ...formValuesOf(organisationFields, row, { accountManagerId }) } as UpdateOrganisationValues;
}
