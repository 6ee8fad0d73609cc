import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { HistoryPanel } from '@/components/history/history-panel';
import { RecordNav } from '@/components/list/record-nav';
import { DeleteRecordButton, RestoreRecordButton } from '@/components/ui/delete-record';
import { deletePersonInOrganisationAction, restorePersonInOrganisationAction } from '../actions';
import { ActivitiesPanel } from '@/components/activities/activities-panel';
import { PersonInOrganisationDetails } from '@/components/persons-in-organisation/person-in-organisation-details';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader, Panel } from '@/components/ui/page-header';
import type { Locale } from '@/db/schema';
import { getHistory } from '@/lib/audit/queries';
import { hasRole } from '@/lib/auth/roles';
import { requirePageUser } from '@/lib/auth/session';
import { parseListState } from '@/lib/list/params';
import { getLookups } from '@/lib/lookups';
import { personInOrganisationFieldLabel, personInOrganisationValueLabel } from '@/lib/persons-in-organisation/labels';
import { personInOrganisationCriteria } from '@/lib/persons-in-organisation/list';
import { findPersonInOrganisationNeighbours, getPersonInOrganisation, getPersonInOrganisationDeleteImpact } from '@/lib/persons-in-organisation/queries';
import { displayName } from '@/lib/persons/names';
import { parseRecordId } from '@/lib/validation/record-id';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(idParam: string) {
  const id = parseRecordId(idParam);
  if (!id) return null;
  return getPersonInOrganisation(id);
}

export async function generateMetadata({ params }: Props) {
  const [row, t] = await Promise.all([load((await params).id), getTranslations()]);
  return { title: row ? t('personsInOrganisation.rowName', { person: displayName(row), organisation: row.organisationName }) : undefined };
}

// The person in organisation card: the job with links to its person and organisation, activities and history,
// with [Edit], [Change employer], [Delete] and [Previous]/[Next] in the result the user came from.
export default async function PersonInOrganisationPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const row = await load(id);
  const canDelete = hasRole(user.role, 'crm_super');
  if (!row || (row.deletedAt && !canDelete)) notFound();
  const from = typeof query.from === 'string' ? query.from : '';
  const listState = parseListState(Object.fromEntries(new URLSearchParams(from)), personInOrganisationCriteria);
  const [t, locale, lookups, neighbours, history, impact] = await Promise.all([
    getTranslations(),
    getLocale() as Promise<Locale>,
    getLookups(),
    from ? findPersonInOrganisationNeighbours(listState, { canSeeDeleted: canDelete, id: user.id }, row.id) : Promise.resolve(null),
    getHistory('persons_in_organisation', row.id),
    canDelete && !row.deletedAt ? getPersonInOrganisationDeleteImpact(row.id) : Promise.resolve(null),
  ]);
  const name = t('personsInOrganisation.rowName', { person: displayName(row), organisation: row.organisationName });
  const keepFrom = from ? `?from=${encodeURIComponent(from)}` : '';
  const valueLabel = personInOrganisationValueLabel(lookups, locale, {
    personId: new Map([[row.personId, displayName(row)]]),
    organisationId: new Map([[row.organisationId, row.organisationName]]),
  });
  return (
    <div className="space-y-4">
      {neighbours && <RecordNav basePath="/persons-in-organisation" from={from} neighbours={neighbours} />}
      <PageHeader
        title={name}
        actions={
          row.deletedAt ? (
            <RestoreRecordButton action={restorePersonInOrganisationAction} input={{ id: row.id }} label={t('personsInOrganisation.restore', { name })} />
          ) : (
            <>
              <ButtonLink href={`/persons-in-organisation/${row.id}/edit${keepFrom}`}>{t('common.edit')}</ButtonLink>
              {row.active && <ButtonLink href={`/persons-in-organisation/${row.id}/change-employer`}>{t('personsInOrganisation.changeEmployer.action')}</ButtonLink>}
              {impact && (
                <DeleteRecordButton
                  action={deletePersonInOrganisationAction}
                  input={{ id: row.id, version: row.version }}
                  title={t('personsInOrganisation.deleteTitle', { name })}
                  confirmLabel={t('personsInOrganisation.deleteConfirm')}
                  afterHref={`/persons-in-organisation?deleted=${row.id}`}
                >
                  <p>{t('personsInOrganisation.deleteWhatGoes', { activities: impact.activities })}</p>
                  <p className="mt-2">{t('personsInOrganisation.deleteCanRestore')}</p>
                </DeleteRecordButton>
              )}
            </>
          )
        }
      />
      <div className="flex flex-wrap gap-2 text-xs">
        {row.deletedAt && <span className="rounded bg-red-100 px-2 py-1 text-red-800">{t('personsInOrganisation.deletedBadge')}</span>}
        {!row.active && <span className="rounded bg-slate-200 px-2 py-1">{t('personsInOrganisation.inactiveBadge')}</span>}
      </div>
      <Panel>
        <PersonInOrganisationDetails row={row} lookups={lookups} locale={locale} />
      </Panel>
      <ActivitiesPanel kind="personInOrganisation" id={row.id} basePath="/persons-in-organisation" query={query} closed={!!row.deletedAt} />
      <HistoryPanel entries={history} fieldLabel={(f) => personInOrganisationFieldLabel(t as never, f)} valueLabel={valueLabel} />
    </div>
  );
}
