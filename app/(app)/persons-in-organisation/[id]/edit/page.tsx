import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PersonInOrganisationForm } from '@/components/persons-in-organisation/person-in-organisation-form';
import { Panel, PageHeader } from '@/components/ui/page-header';
import { requirePageUser } from '@/lib/auth/session';
import { getLookups } from '@/lib/lookups';
import { getPersonInOrganisationFormOptions } from '@/lib/persons-in-organisation/form-options';
import { personInOrganisationFormValues } from '@/lib/persons-in-organisation/form-values';
import { getPersonInOrganisation } from '@/lib/persons-in-organisation/queries';
import { displayName } from '@/lib/persons/names';
import { parseRecordId } from '@/lib/validation/record-id';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('personsInOrganisation.editTitle') };
}

// Edits a person in organisation; saving refuses a version someone else changed meanwhile.
export default async function EditPersonInOrganisationPage({ params, searchParams }: Props) {
  await requirePageUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const recordId = parseRecordId(id);
  const row = recordId ? await getPersonInOrganisation(recordId) : null;
  if (!row || row.deletedAt) notFound();
  const from = typeof query.from === 'string' ? query.from : '';
  const [t, options, lookups] = await Promise.all([getTranslations(), getPersonInOrganisationFormOptions(), getLookups()]);
  const person = displayName(row);
  return (
    <div className="space-y-4">
      <PageHeader title={t('personsInOrganisation.editHeading', { name: t('personsInOrganisation.rowName', { person, organisation: row.organisationName }) })} />
      <Panel>
        <PersonInOrganisationForm
          initial={personInOrganisationFormValues(row)}
          labels={{ person, organisation: row.organisationName }}
          options={options}
          lookups={lookups}
          cancelHref={`/persons-in-organisation/${row.id}${from ? `?from=${encodeURIComponent(from)}` : ''}`}
        />
      </Panel>
    </div>
  );
}
