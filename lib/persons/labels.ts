import type { Locale } from '@/db/schema';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import type { Lookups } from '@/lib/lookups';
import { lookupName } from '@/lib/reference-names';
import { formatPhoneNational } from '@/lib/validation/phone';

type Translate = ((key: string) => string) & { has: (key: string) => boolean };

// The name of a person field in the user's language (history, conflicts).
export function personFieldLabel(t: Translate, field: string): string {
  const key = field.endsWith('Id') ? field.slice(0, -2) : field;
  return t.has(`persons.fields.${key}`) ? t(`persons.fields.${key}`) : field;
}

// Turns what a person stores into what people read, for history and conflicts: the salutation's label,
// phone numbers in national form, the date of birth and the moment of consent in the user's format.
export function personValueLabel(lookups: Lookups, locale: Locale) {
  return (field: string, value: unknown): string | null => {
    if (field === 'salutationId' && typeof value === 'number') return lookupName(lookups, 'choices', value);
    if (typeof value !== 'string') return null;
    if (field === 'phone' || field === 'mobile') return formatPhoneNational(value);
    if (field === 'dateOfBirth') return formatDate(value, locale);
    if (field === 'marketingConsentAt') return formatDateTime(value, locale);
    return null;
  };
}
