import type { Lookups } from '@/lib/lookups';

type Translate = ((key: string) => string) & { has: (key: string) => boolean };

// The name of a person field in the user's language (history, conflicts).
export function personFieldLabel(t: Translate, field: string): string {
  const key = field.endsWith('Id') ? field.slice(0, -2) : field;
  return t.has(`persons.fields.${key}`) ? t(`persons.fields.${key}`) : field;
}

// Turns the stored salutation id into its label for history.
export function personValueLabel(lookups: Lookups) {
  return (field: string, value: unknown): string | null => (field === 'salutationId' && typeof value === 'number' ? (lookups.choices.get(value) ?? `#${value}`) : null);
}
