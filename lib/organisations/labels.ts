import type { Lookups } from '@/lib/lookups';
import { lookupName } from '@/lib/reference-names';
import { formatPhoneNational } from '@/lib/validation/phone';

const byField: Record<string, 'choices' | 'segments' | 'users'> = {
  relationTypeId: 'choices',
  statusId: 'choices',
  industryId: 'choices',
  segmentId: 'segments',
  subsegmentId: 'segments',
  accountManagerId: 'users',
};

// Turns what an organisation stores into what people read, for history and conflicts: names for the ids
// (choice values, segments, account manager) and the phone number in national form.
export function organisationValueLabel(lookups: Lookups) {
  return (field: string, value: unknown): string | null => {
    if (field === 'phone' && typeof value === 'string') return formatPhoneNational(value);
    const kind = byField[field];
    if (!kind || typeof value !== 'number') return null;
    return lookupName(lookups, kind, value);
  };
}

// The catalogue key(s) naming an organisation field in history and conflicts: `statusId` → status,
// `visitPostcode` → Visiting address + Postcode.
export function organisationFieldKeys(field: string): { tab: 'visit' | 'postal' | null; key: string } {
  let name = field.endsWith('Id') ? field.slice(0, -2) : field;
  let tab: 'visit' | 'postal' | null = null;
  for (const prefix of ['visit', 'postal'] as const) {
    if (name.startsWith(prefix) && name !== 'postalSameAsVisit' && name !== 'postalPoBox') {
      tab = prefix;
      name = name.slice(prefix.length);
      name = name[0].toLowerCase() + name.slice(1);
    }
  }
  return { tab, key: name };
}

type Translate = ((key: string) => string) & { has: (key: string) => boolean };

// The name of an organisation field in the user's language, e.g. "Visiting address: Postcode".
export function organisationFieldLabel(t: Translate, field: string): string {
  const { tab, key } = organisationFieldKeys(field);
  const name = t.has(`organisations.fields.${key}`) ? t(`organisations.fields.${key}`) : field;
  return tab ? `${t(`organisations.tabs.${tab}`)}${t('common.colon')} ${name}` : name;
}
