import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PersonForm } from '@/components/persons/person-form';
import { Panel, PageHeader } from '@/components/ui/page-header';
import { requirePageUser } from '@/lib/auth/session';
import { cardOrigin } from '@/lib/list/params';
import { getChoiceOptions } from '@/lib/choice-lists/queries';
import { getLookups } from '@/lib/lookups';
import { personFormValues } from '@/lib/persons/form-values';
import { displayName } from '@/lib/persons/names';
import { getPerson } from '@/lib/persons/queries';
import { parseRecordId } from '@/lib/validation/record-id';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('persons.editTitle') };
}

// Edits a person; saving refuses a version someone else changed meanwhile.
export default async function EditPersonPage({ params, searchParams }: Props) {
  await requirePageUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const recordId = parseRecordId(id);
  const row = recordId ? await getPerson(recordId) : null;
  if (!row || row.deletedAt) notFound();
  const from = cardOrigin(query);
  const [t, choices, lookups] = await Promise.all([getTranslations(), getChoiceOptions(['salutation'] as const), getLookups()]);
  return (
    <div className="space-y-4">
      <PageHeader title={t('persons.editHeading', { name: displayName(row) })} />
      <Panel>
        <PersonForm initial={personFormValues(row)} salutations={choices.salutation} lookups={lookups} cancelHref={`/persons/${row.id}${from ? `?from=${encodeURIComponent(from)}` : ''}`} />
      </Panel>
    </div>
  );
}
