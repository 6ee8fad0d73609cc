import { formValuesOf } from '@/lib/fields/form-values';
import { dateInput, phoneInput } from '@/lib/validation/fields';
import { personInOrganisationFields } from './fields';
import type { ChangeEmployerValues, PersonInOrganisationFormValues } from './validations';

export { dateInput };

const text = (v: string | null | undefined) => v ?? '';
const id = (v: number | null | undefined) => (v ? String(v) : '');

// The day after an ISO date, as ISO.
export function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

// The stored fields a form starts from.
export type StoredPersonInOrganisation = {
  id: number; version: number; personId: number; organisationId: number; department: string | null; jobTitle: string | null;
  email: string | null; phone: string | null; mobile: string | null; categoryId: number | null; subcategoryId: number | null;
  startDate: string | null; endDate: string | null; active: boolean; notes: string | null;
};

// The form's starting values: empty (optionally with a person and/or organisation chosen) or the stored record.
export function personInOrganisationFormValues(row?: StoredPersonInOrganisation | null, prefill: { personId?: number | null; organisationId?: number | null } = {}): PersonInOrganisationFormValues {
  return { id: row?.id ?? 0, version: row?.version ?? 1, ...formValuesOf(personInOrganisationFields, row, prefill) } as PersonInOrganisationFormValues;
}

// The change of employer's starting values: the old job ends today, the new one starts tomorrow with the
// same department, job title, mobile and category; business e-mail and phone belong to the old employer.
export function changeEmployerFormValues(row: StoredPersonInOrganisation, today: string): ChangeEmployerValues {
  return {
    id: row.id,
    version: row.version,
    organisationId: '',
    endDate: dateInput(today),
    startDate: dateInput(dayAfter(today)),
    department: text(row.department),
    jobTitle: text(row.jobTitle),
    email: '',
    phone: '',
    mobile: phoneInput(row.mobile),
    categoryId: id(row.categoryId),
    subcategoryId: id(row.subcategoryId),
  };
}
