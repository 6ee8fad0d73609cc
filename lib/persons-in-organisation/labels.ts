import type { Locale } from '@/db/schema';
import { formatDate } from '@/lib/i18n/format';
import type { Lookups } from '@/lib/lookups';
import { lookupName } from '@/lib/reference-names';
import { formatPhoneNational } from '@/lib/validation/phone';

type Translate = ((key: string) => string) & { has: (key: string) => boolean };

// The name of a person in organisation field in the user's language: `categoryId` → Category.
export function personInOrganisationFieldLabel(t: Translate, field: string): string {
  const key = field.endsWith('Id') ? field.slice(0, -2) : field;
  return t.has(`personsInOrganisation.fields.${key}`) ? t(`personsInOrganisation.fields.${key}`) : field;
}

// Turns what a person in organisation stores into what people read, for history and conflicts: names for the
// categories, phone numbers in national form, dates in the user's format; `known` names persons and organisations.
export function personInOrganisationValueLabel(
  lookups: Lookups,
  locale: Locale,
  known: { personId?: Map<number, string>; organisationId?: Map<number, string> } = {},
) {
  return (field: string, value: unknown): string | null => {
    if ((field === 'startDate' || field === 'endDate') && typeof value === 'string') return formatDate(value, locale);
    if ((field === 'phone' || field === 'mobile') && typeof value === 'string') return formatPhoneNational(value);
    if (typeof value !== 'number') return null;
    if (field === 'categoryId' || field === 'subcategoryId') return lookupName(lookups, 'segments', value);
    if (field === 'personId' || field === 'organisationId') return known[field]?.get(value) ?? `#${value}`;
    return null;
  };
}
