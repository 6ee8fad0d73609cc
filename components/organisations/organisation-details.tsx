import { getTranslations } from 'next-intl/server';
import { DetailList } from '@/components/ui/detail-list';
import type { Locale, Organisation } from '@/db/schema';
import { formatDateTime } from '@/lib/i18n/format';
import type { Lookups } from '@/lib/lookups';
import { referenceName } from '@/lib/reference-names';
import { formatIban, formatPhoneNational } from '@/lib/validation/fields';

// The fields of one tab of the organisation card.
export async function OrganisationDetails({ row, tab, lookups, locale }: { row: Organisation; tab: 'organisation' | 'visit' | 'postal'; lookups: Lookups; locale: Locale }) {
  const t = await getTranslations();
  const f = (key: string) => t(`organisations.fields.${key}`);
  const inactive = t('common.inactive');
  const choice = (id: number | null) => referenceName(lookups, 'choices', id, inactive);
  const segment = (id: number | null) => referenceName(lookups, 'segments', id, inactive);
  const address = (prefix: 'visit' | 'postal') => {
    const r = row as unknown as Record<string, string | null>;
    return [
      { label: f('street'), value: [r[`${prefix}Street`], r[`${prefix}HouseNumber`], r[`${prefix}HouseNumberAddition`]].filter(Boolean).join(' ') },
      { label: f('postcode'), value: r[`${prefix}Postcode`] },
      { label: f('city'), value: r[`${prefix}City`] },
      { label: f('country'), value: r[`${prefix}Country`] },
    ];
  };
  if (tab === 'visit') return <DetailList items={address('visit')} />;
  if (tab === 'postal') {
    if (row.postalSameAsVisit) return <p className="text-sm text-slate-600">{t('organisations.postalSameAsVisit')}</p>;
    return <DetailList items={[{ label: f('postalPoBox'), value: row.postalPoBox }, ...address('postal')]} />;
  }
  return (
    <DetailList
      items={[
        { label: f('name'), value: row.name },
        { label: f('customerNumber'), value: row.customerNumber },
        { label: f('relationType'), value: choice(row.relationTypeId) },
        { label: f('status'), value: choice(row.statusId) },
        { label: f('industry'), value: choice(row.industryId) },
        { label: f('accountManager'), value: row.accountManagerId ? lookups.users.get(row.accountManagerId) : null },
        { label: f('segment'), value: segment(row.segmentId) },
        { label: f('subsegment'), value: segment(row.subsegmentId) },
        { label: f('kvkNumber'), value: row.kvkNumber },
        { label: f('vatNumber'), value: row.vatNumber },
        { label: f('iban'), value: row.iban ? formatIban(row.iban) : null },
        { label: f('email'), value: row.email ? <a className="text-brand-700 underline" href={`mailto:${row.email}`}>{row.email}</a> : null },
        { label: f('phone'), value: row.phone ? <a className="text-brand-700 underline" href={`tel:${row.phone}`}>{formatPhoneNational(row.phone)}</a> : null },
        { label: f('website'), value: row.website ? <a className="text-brand-700 underline" href={row.website} rel="noopener noreferrer" target="_blank">{row.website}</a> : null },
        { label: f('active'), value: row.active ? t('common.yes') : t('common.no') },
        { label: f('updatedAt'), value: formatDateTime(row.updatedAt, locale) },
        { label: f('description'), value: row.description ? <span className="whitespace-pre-line">{row.description}</span> : null },
      ]}
    />
  );
}
