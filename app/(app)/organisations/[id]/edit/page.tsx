import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { OrganisationForm } from '@/components/organisations/organisation-form';
import { Panel, PageHeader } from '@/components/ui/page-header';
import { requirePageUser } from '@/lib/auth/session';
import { cardOrigin } from '@/lib/list/params';
import { getLookups } from '@/lib/lookups';
import { getOrganisationFormOptions } from '@/lib/organisations/form-options';
import { organisationFormValues } from '@/lib/organisations/form-values';
import { getOrganisation } from '@/lib/organisations/queries';
import { parseRecordId } from '@/lib/validation/record-id';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('organisations.editTitle') };
}

// Edits an organisation; saving refuses a version someone else changed meanwhile.
export default async function EditOrganisationPage({ params, searchParams }: Props) {
  await requirePageUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const recordId = parseRecordId(id);
  const row = recordId ? await getOrganisation(recordId) : null;
  if (!row || row.deletedAt) notFound();
  const from = cardOrigin(query);
  const [t, options, lookups] = await Promise.all([getTranslations(), getOrganisationFormOptions(), getLookups()]);
  return (
    <div className="space-y-4">
      <PageHeader title={t('organisations.editHeading', { name: row.name })} />
      <Panel>
        <OrganisationForm initial={organisationFormValues(row)} options={options} lookups={lookups} cancelHref={`/organisations/${row.id}${from ? `?from=${encodeURIComponent(from)}` : ''}`} />
      </Panel>
    </div>
  );
}
