'use client';

import { useTranslations } from 'next-intl';
import type { OrganisationFormOptions } from '@/lib/organisations/form-options';
import { DetailList } from '@/components/ui/detail-list';
import { formatIban, formatPhoneNational } from '@/lib/validation/fields';

type Part = 'organisation' | 'visit' | 'postal';

// One part of a chosen organisation's stored data, read-only, as its form values hold it.
export function OrganisationSummary({ values, part, options }: { values: Record<string, unknown>; part: Part; options: OrganisationFormOptions }) {
  const t = useTranslations();
  const f = (key: string) => t(`organisations.fields.${key}`);
  const v = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : '');
  const named = (list: { id: number; label?: string; name?: string }[], key: string) => {
    const found = list.find((o) => String(o.id) === v(key));
    return found ? (found.label ?? found.name ?? null) : null;
  };
  const address = (prefix: 'visit' | 'postal') => [
    { label: f('street'), value: [v(`${prefix}Street`), v(`${prefix}HouseNumber`), v(`${prefix}HouseNumberAddition`)].filter(Boolean).join(' ') },
    { label: f('postcode'), value: v(`${prefix}Postcode`) },
    { label: f('city'), value: v(`${prefix}City`) },
    { label: f('country'), value: v(`${prefix}Country`) },
  ];

  if (part === 'visit') return <DetailList items={address('visit')} />;
  if (part === 'postal') {
    if (values.postalSameAsVisit) return <p className="text-sm text-slate-600">{t('organisations.postalSameAsVisit')}</p>;
    return <DetailList items={[{ label: f('postalPoBox'), value: v('postalPoBox') }, ...address('postal')]} />;
  }
  return (
    <DetailList
      items={[
        { label: f('name'), value: v('name') },
        { label: f('customerNumber'), value: v('customerNumber') },
        { label: f('relationType'), value: named(options.relationTypes, 'relationTypeId') },
        { label: f('status'), value: named(options.statuses, 'statusId') },
        { label: f('industry'), value: named(options.industries, 'industryId') },
        { label: f('accountManager'), value: named(options.accountManagers, 'accountManagerId') },
        { label: f('segment'), value: named(options.segments, 'segmentId') },
        { label: f('subsegment'), value: named(options.segments, 'subsegmentId') },
        { label: f('kvkNumber'), value: v('kvkNumber') },
        { label: f('vatNumber'), value: v('vatNumber') },
        { label: f('iban'), value: v('iban') && formatIban(v('iban')) },
        { label: f('email'), value: v('email') },
        { label: f('phone'), value: v('phone') && formatPhoneNational(v('phone')) },
        { label: f('website'), value: v('website') },
      ]}
    />
  );
}
