import { getTranslations } from 'next-intl/server';
import { PersonInOrganisationForm } from '@/components/persons-in-organisation/person-in-organisation-form';
import { Panel, PageHeader } from '@/components/ui/page-header';
import { requirePageUser } from '@/lib/auth/session';
import { getPersonInOrganisationFormOptions } from '@/lib/persons-in-organisation/form-options';
import { personInOrganisationFormValues } from '@/lib/persons-in-organisation/form-values';
import { getPickerLabels } from '@/lib/persons-in-organisation/queries';
import { displayName } from '@/lib/persons/names';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('personsInOrganisation.newTitle') };
}

const idParam = (v: string | string[] | undefined) => (typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : null);

// A new person in organisation; ?personId= and ?organisationId= (from the person and organisation cards) prefill the pickers.
export default async function NewPersonInOrganisationPage({ searchParams }: Props) {
  await requirePageUser();
  const query = await searchParams;
  const [personId, organisationId] = [idParam(query.personId), idParam(query.organisationId)];
  const [t, options, labels] = await Promise.all([getTranslations(), getPersonInOrganisationFormOptions(), getPickerLabels(personId, organisationId)]);
  const prefill = { personId: labels.person ? personId : null, organisationId: labels.organisation ? organisationId : null };
  const cancelHref = prefill.organisationId ? `/organisations/${prefill.organisationId}` : prefill.personId ? `/persons/${prefill.personId}` : '/persons-in-organisation';
  return (
    <div className="space-y-4">
      <PageHeader title={t('personsInOrganisation.newTitle')} />
      <Panel>
        <PersonInOrganisationForm
          initial={personInOrganisationFormValues(null, prefill)}
          labels={{ person: labels.person ? displayName(labels.person) : null, organisation: labels.organisation }}
          options={options}
          cancelHref={cancelHref}
        />
      </Panel>
    </div>
  );
}
