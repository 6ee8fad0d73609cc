import type { Locale } from '@/db/schema';
import { fieldLabel } from '@/lib/fields/define';
import { historyValue } from '@/lib/fields/show';
import type { FieldDef } from '@/lib/fields/types';
import type { Lookups } from '@/lib/lookups';
import { personInOrganisationFields } from './fields';

const byName = new Map<string, FieldDef>(personInOrganisationFields.map((f) => [f.name, f]));
type Translate = Parameters<typeof fieldLabel>[0];

// The name of a person in organisation field in the user's language: `categoryId` → Category.
export function personInOrganisationFieldLabel(t: Translate, field: string): string {
  return fieldLabel(t, personInOrganisationFields, field);
}

// Turns what a person in organisation stores into what people read, for history and conflicts: names for the
// categories, phone numbers in national form, dates in the user's format; `known` names persons and organisations.
export function personInOrganisationValueLabel(
  lookups: Lookups,
  locale: Locale,
  known: { personId?: Map<number, string>; organisationId?: Map<number, string> } = {},
) {
  return (field: string, value: unknown): string | null => historyValue(byName.get(field), value, locale, lookups, known);
}
