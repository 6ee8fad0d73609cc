import type { Lookups } from '@/lib/lookups';

type Translate = ((key: string) => string) & { has: (key: string) => boolean };

// The name of a person in organisation field in the user's language: `categoryId` → Category.
export function personInOrganisationFieldLabel(t: Translate, field: string): string {
  const key = field.endsWith('Id') ? field.slice(0, -2) : field;
  return t.has(`personsInOrganisation.fields.${key}`) ? t(`personsInOrganisation.fields.${key}`) : field;
}

// Turns the ids a person in organisation stores into names, and its dates into the user's format, for history;
// `known` names the record's own person and organisation.
export function personInOrganisationValueLabel(
  lookups: Lookups,
  known: { personId?: Map<number, string>; organisationId?: Map<number, string> } = {},
  formatDate: (iso: string) => string = (iso) => iso,
) {
  return (field: string, value: unknown): string | null => {
    if ((field === 'startDate' || field === 'endDate') && typeof value === 'string') return formatDate(value);
    if (typeof value !== 'number') return null;
    if (field === 'categoryId' || field === 'subcategoryId') return lookups.segments.get(value) ?? `#${value}`;
    if (field === 'personId' || field === 'organisationId') return known[field]?.get(value) ?? `#${value}`;
    return null;
  };
}
