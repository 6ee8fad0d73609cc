import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { DetailList } from '@/components/ui/detail-list';
import type { Locale } from '@/db/schema';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import type { Lookups } from '@/lib/lookups';
import type { PersonInOrganisationCard } from '@/lib/persons-in-organisation/queries';
import { referenceName } from '@/lib/reference-names';
import { displayName } from '@/lib/persons/names';
import { formatPhoneNational } from '@/lib/validation/fields';

const link = 'text-brand-700 underline';

// The fields of the person in organisation card, with links to its person and organisation.
export async function PersonInOrganisationDetails({ row, lookups, locale }: { row: PersonInOrganisationCard; lookups: Lookups; locale: Locale }) {
  const t = await getTranslations();
  const f = (key: string) => t(`personsInOrganisation.fields.${key}`);
  const segment = (id: number | null) => referenceName(lookups, 'segments', id, t('common.inactive'));
  const phone = (value: string | null) => (value ? <a className={link} href={`tel:${value}`}>{formatPhoneNational(value)}</a> : null);
  return (
    <DetailList
      items={[
        { label: f('person'), value: <Link className={link} href={`/persons/${row.personId}`}>{displayName(row)}</Link> },
        { label: f('organisation'), value: <Link className={link} href={`/organisations/${row.organisationId}`}>{row.organisationName}</Link> },
        { label: f('department'), value: row.department },
        { label: f('jobTitle'), value: row.jobTitle },
        { label: f('email'), value: row.email ? <a className={link} href={`mailto:${row.email}`}>{row.email}</a> : null },
        { label: f('phone'), value: phone(row.phone) },
        { label: f('mobile'), value: phone(row.mobile) },
        { label: f('category'), value: segment(row.categoryId) },
        { label: f('subcategory'), value: segment(row.subcategoryId) },
        { label: f('startDate'), value: formatDate(row.startDate, locale) },
        { label: f('endDate'), value: formatDate(row.endDate, locale) },
        { label: f('active'), value: row.active ? t('common.yes') : t('common.no') },
        { label: f('updatedAt'), value: formatDateTime(row.updatedAt, locale) },
        { label: f('notes'), value: row.notes ? <span className="whitespace-pre-line">{row.notes}</span> : null },
      ]}
    />
  );
}
