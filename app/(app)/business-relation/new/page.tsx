import { getTranslations } from 'next-intl/server';
import { BusinessRelationForm } from '@/components/business-relation/business-relation-form';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageUser } from '@/lib/auth/session';
import { businessRelationFormValues } from '@/lib/business-relation/form-values';
import { getChoiceOptions } from '@/lib/choice-lists/queries';
import { getLookups } from '@/lib/lookups';
import { getOrganisationFormOptions } from '@/lib/organisations/form-options';
import { getPersonInOrganisationFormOptions } from '@/lib/persons-in-organisation/form-options';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('businessRelation.title') };
}

// Adds a business relation in one go: a person, their job and the organisation; the user is proposed as account manager.
export default async function NewBusinessRelationPage() {
  const user = await requirePageUser();
  const [t, organisation, job, choices, lookups] = await Promise.all([
    getTranslations(),
    getOrganisationFormOptions(),
    getPersonInOrganisationFormOptions(),
    getChoiceOptions(['salutation'] as const),
    getLookups(),
  ]);
  return (
    <div className="space-y-4">
      <PageHeader title={t('businessRelation.title')} />
      <p className="text-sm text-slate-600">{t('businessRelation.intro')}</p>
      <BusinessRelationForm initial={businessRelationFormValues(user.id)} options={{ organisation, job, salutations: choices.salutation }} lookups={lookups} cancelHref="/" />
    </div>
  );
}
