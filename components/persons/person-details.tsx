import { getTranslations } from 'next-intl/server';
import { DetailList } from '@/components/ui/detail-list';
import type { Locale, Person } from '@/db/schema';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import type { Lookups } from '@/lib/lookups';
import { referenceName } from '@/lib/reference-names';
import { formatPhoneNational } from '@/lib/validation/fields';

// The personal data of a person.
export async function PersonDetails({ row, lookups, locale }: { row: Person; lookups: Lookups; locale: Locale }) {
  const t = await getTranslations();
  const f = (key: string) => t(`persons.fields.${key}`);
  const phone = (v: string | null) => (v ? <a className="text-brand-700 underline" href={`tel:${v}`}>{formatPhoneNational(v)}</a> : null);
  const consent = row.marketingConsent
    ? t('persons.consentGiven', { date: formatDateTime(row.marketingConsentAt, locale) })
    : row.marketingConsentAt
      ? t('persons.consentWithdrawn', { date: formatDateTime(row.marketingConsentAt, locale) })
      : t('common.no');
  return (
    <DetailList
      items={[
        { label: f('salutation'), value: referenceName(lookups, 'choices', row.salutationId, t('common.inactive')) },
        { label: f('initials'), value: row.initials },
        { label: f('firstName'), value: row.firstName },
        { label: f('namePrefix'), value: row.namePrefix },
        { label: f('lastName'), value: row.lastName },
        { label: f('dateOfBirth'), value: formatDate(row.dateOfBirth, locale) },
        { label: f('privateEmail'), value: row.privateEmail ? <a className="text-brand-700 underline" href={`mailto:${row.privateEmail}`}>{row.privateEmail}</a> : null },
        { label: f('phone'), value: phone(row.phone) },
        { label: f('mobile'), value: phone(row.mobile) },
        { label: f('address'), value: [[row.street, row.houseNumber, row.houseNumberAddition].filter(Boolean).join(' '), [row.postcode, row.city].filter(Boolean).join(' '), row.country !== 'NL' ? row.country : null].filter(Boolean).join(', ') },
        { label: f('marketingConsent'), value: consent },
        { label: f('passive'), value: row.passive ? t('common.yes') : t('common.no') },
        { label: f('notes'), value: row.notes ? <span className="whitespace-pre-line">{row.notes}</span> : null },
      ]}
    />
  );
}
