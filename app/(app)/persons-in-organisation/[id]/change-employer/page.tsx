import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ChangeEmployerForm } from '@/components/persons-in-organisation/change-employer-form';
import { DetailList } from '@/components/ui/detail-list';
import { Panel, PageHeader } from '@/components/ui/page-header';
import type { Locale } from '@/db/schema';
import { requirePageUser } from '@/lib/auth/session';
import { formatDate } from '@/lib/i18n/format';
import { getLookups } from '@/lib/lookups';
import { getPersonInOrganisationFormOptions } from '@/lib/persons-in-organisation/form-options';
import { changeEmployerFormValues } from '@/lib/persons-in-organisation/form-values';
import { getPersonInOrganisation } from '@/lib/persons-in-organisation/queries';
import { displayName } from '@/lib/persons/names';
import { todayIso } from '@/lib/validation/dates';
import { parseRecordId } from '@/lib/validation/record-id';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('personsInOrganisation.changeEmployer.title') };
}

// The change of employer of an active person in organisation: the old job ends, a new one starts elsewhere.
export default async function ChangeEmployerPage({ params }: Props) {
  await requirePageUser();
  const { id } = await params;
  const recordId = parseRecordId(id);
  const row = recordId ? await getPersonInOrganisation(recordId) : null;
  if (!row || row.deletedAt) notFound();
  const [t, locale, options, lookups] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>, getPersonInOrganisationFormOptions(), getLookups()]);
  const f = (key: string) => t(`personsInOrganisation.fields.${key}`);
  return (
    <div className="space-y-4">
      <PageHeader title={t('personsInOrganisation.changeEmployer.heading', { person: displayName(row) })} />
      <Panel title={t('personsInOrganisation.changeEmployer.current')}>
        <DetailList
          items={[
            { label: f('organisation'), value: row.organisationName },
            { label: f('jobTitle'), value: row.jobTitle },
            { label: f('department'), value: row.department },
            { label: f('startDate'), value: formatDate(row.startDate, locale) },
          ]}
        />
      </Panel>
      {row.active ? (
        <ChangeEmployerForm initial={changeEmployerFormValues(row, todayIso())} options={options} lookups={lookups} cancelHref={`/persons-in-organisation/${row.id}`} />
      ) : (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t('personsInOrganisation.notActive')}
        </p>
      )}
    </div>
  );
}
