import type { Locale } from '@/db/schema';
import { fieldLabel } from '@/lib/fields/define';
import { historyValue } from '@/lib/fields/show';
import type { FieldDef } from '@/lib/fields/types';
import type { Lookups } from '@/lib/lookups';
import { organisationFields } from './fields';

const byName = new Map<string, FieldDef>(organisationFields.map((f) => [f.name, f]));

// Turns what an organisation stores into what people read, for history and conflicts: names for the ids
// (choice values, segments, account manager) and the phone number in national form.
export function organisationValueLabel(lookups: Lookups, locale: Locale = 'nl') {
  return (field: string, value: unknown): string | null => historyValue(byName.get(field), value, locale, lookups);
}

type Translate = Parameters<typeof fieldLabel>[0];

// The name of an organisation field in the user's language, e.g. "Visiting address: Postcode".
export function organisationFieldLabel(t: Translate, field: string): string {
  return fieldLabel(t, organisationFields, field);
}
