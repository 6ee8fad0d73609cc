import type { Person } from '@/db/schema';
import { formValuesOf } from '@/lib/fields/form-values';
import { personFields } from './fields';
import type { UpdatePersonValues } from './validations';

// The person form's starting values: empty for a new person, or the stored record for editing.
export function personFormValues(row?: Person): UpdatePersonValues {
  return { id: row?.id ?? 0, version: row?.version ?? 1, ...formValuesOf(personFields, row) } as UpdatePersonValues;
}
