import type { Person } from '@/db/schema';
import { dateInput, phoneInput } from '@/lib/validation/fields';
import type { UpdatePersonValues } from './validations';

const text = (v: string | null | undefined) => v ?? '';

// The person form's starting values: empty for a new person, or the stored record for editing.
export function personFormValues(row?: Person): UpdatePersonValues {
  return {
    id: row?.id ?? 0,
    version: row?.version ?? 1,
    salutationId: row?.salutationId ? String(row.salutationId) : '',
    initials: text(row?.initials),
    firstName: text(row?.firstName),
    namePrefix: text(row?.namePrefix),
    lastName: text(row?.lastName),
    privateEmail: text(row?.privateEmail),
    phone: phoneInput(row?.phone),
    mobile: phoneInput(row?.mobile),
    dateOfBirth: dateInput(row?.dateOfBirth),
    street: text(row?.street),
    houseNumber: text(row?.houseNumber),
    houseNumberAddition: text(row?.houseNumberAddition),
    postcode: text(row?.postcode),
    city: text(row?.city),
    country: row?.country ?? 'NL',
    marketingConsent: row?.marketingConsent ?? false,
    passive: row?.passive ?? false,
    notes: text(row?.notes),
  } as UpdatePersonValues;
}
