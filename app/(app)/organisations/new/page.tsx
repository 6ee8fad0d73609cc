import { getTranslations } from 'next-intl/server';
import { OrganisationForm } from '@/components/organisations/organisation-form';
import { Panel, PageHeader } from '@/components/ui/page-header';
import { requirePageUser } from '@/lib/auth/session';
import { getOrganisationFormOptions } from '@/lib/organisations/form-options';
import { organisationFormValues } from '@/lib/organisations/form-values';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('organisations.newTitle') };
}

// A new organisation; the signed-in user is proposed as account manager.
export default async function NewOrganisationPage() {
  const user = await requirePageUser();
  const [t, options] = await Promise.all([getTranslations(), getOrganisationFormOptions()]);
  return (
    <div className="space-y-4">
      <PageHeader title={t('organisations.newTitle')} />
      <Panel>
        <OrganisationForm initial={organisationFormValues(undefined, user.id)} options={options} cancelHref="/organisations" />
      </Panel>
    </div>
  );
}
