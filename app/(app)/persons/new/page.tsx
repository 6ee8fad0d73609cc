import { getTranslations } from 'next-intl/server';
import { PersonForm } from '@/components/persons/person-form';
import { Panel, PageHeader } from '@/components/ui/page-header';
import { requirePageUser } from '@/lib/auth/session';
import { getChoiceOptions } from '@/lib/choice-lists/queries';
import { personFormValues } from '@/lib/persons/form-values';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('persons.newTitle') };
}

// A new person.
export default async function NewPersonPage() {
  await requirePageUser();
  const [t, choices] = await Promise.all([getTranslations(), getChoiceOptions(['salutation'] as const)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t('persons.newTitle')} />
      <Panel>
        <PersonForm initial={personFormValues()} salutations={choices.salutation} cancelHref="/persons" />
      </Panel>
    </div>
  );
}
