import type { Locale } from '@/db/schema';
import { fieldLabel } from '@/lib/fields/define';
import { historyValue } from '@/lib/fields/show';
import type { FieldDef } from '@/lib/fields/types';
import type { Lookups } from '@/lib/lookups';
import { personFields } from './fields';

const byName = new Map<string, FieldDef>(personFields.map((f) => [f.name, f]));
type Translate = Parameters<typeof fieldLabel>[0];

// The name of a person field in the user's language (history, conflicts).
export function personFieldLabel(t: Translate, field: string): string {
  return fieldLabel(t, personFields, field);
}

// Turns what a person stores into what people read, for history and conflicts: the salutation's label,
// phone numbers in national form, the date of birth and the moment of consent in the user's format.
export function personValueLabel(lookups: Lookups, locale: Locale) {
  return (field: string, value: unknown): string | null => historyValue(byName.get(field), value, locale, lookups);
}
