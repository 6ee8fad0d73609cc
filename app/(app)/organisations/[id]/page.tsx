import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { HistoryPanel } from '@/components/history/history-panel';
import { RecordNav } from '@/components/list/record-nav';
import { ActivitiesPanel } from '@/components/activities/activities-panel';
import { OrganisationDetails } from '@/components/organisations/organisation-details';
import { OrganisationPersons } from '@/components/organisations/organisation-persons';
import { ButtonLink } from '@/components/ui/button';
import { DeleteRecordButton, RestoreRecordButton } from '@/components/ui/delete-record';
import { PageHeader } from '@/components/ui/page-header';
import { LinkTabs } from '@/components/ui/tabs';
import type { Locale } from '@/db/schema';
import { getHistory } from '@/lib/audit/queries';
import { deleteOrganisationAction, restoreOrganisationAction } from '../actions';
import { hasRole } from '@/lib/auth/roles';
import { requirePageUser } from '@/lib/auth/session';
import { cardHref, cardOrigin, parseListState } from '@/lib/list/params';
import { getLookups } from '@/lib/lookups';
import { organisationCriteria } from '@/lib/organisations/list';
import { organisationFieldLabel, organisationValueLabel } from '@/lib/organisations/labels';
import { findOrganisationNeighbours, getOrganisation, getOrganisationDeleteImpact } from '@/lib/organisations/queries';
import { parseRecordId } from '@/lib/validation/record-id';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const tabs = ['organisation', 'visit', 'postal'] as const;

async function load(idParam: string) {
  const id = parseRecordId(idParam);
  return id ? getOrganisation(id) : null;
}

export async function generateMetadata({ params }: Props) {
  const row = await load((await params).id);
  return { title: row?.name };
}

// The organisation card: tabs Organisation · Visiting address · Postal address, persons in organisation,
// activities and history, with [Edit], [Delete] and [Previous]/[Next] in the result the user came from.
export default async function OrganisationPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const row = await load(id);
  const canDelete = hasRole(user.role, 'crm_super');
  if (!row || (row.deletedAt && !canDelete)) notFound();
  const from = cardOrigin(query);
  const tab = tabs.find((k) => k === query.tab) ?? 'organisation';
  const listState = parseListState(Object.fromEntries(new URLSearchParams(from)), organisationCriteria);
  const [t, locale, lookups, neighbours, history, impact] = await Promise.all([
    getTranslations(),
    getLocale() as Promise<Locale>,
    getLookups(),
    from ? findOrganisationNeighbours(listState, { id: user.id, canSeeDeleted: canDelete }, row.id) : Promise.resolve(null),
    getHistory('organisations', row.id),
    canDelete && !row.deletedAt ? getOrganisationDeleteImpact(row.id) : Promise.resolve(null),
  ]);
  const tabHref = (key: string) => cardHref('/organisations', row.id, from, key === 'organisation' ? undefined : key);

  return (
    <div className="space-y-4">
      {neighbours && <RecordNav basePath="/organisations" from={from} neighbours={neighbours} />}
      <PageHeader
        title={row.name}
        actions={
          row.deletedAt ? (
            <RestoreRecordButton action={restoreOrganisationAction} input={{ id: row.id }} label={t('organisations.restore', { name: row.name })} />
          ) : (
            <>
              <ButtonLink href={`/organisations/${row.id}/edit${from ? `?from=${encodeURIComponent(from)}` : ''}`}>{t('common.edit')}</ButtonLink>
              {impact && (
                <DeleteRecordButton
                  action={deleteOrganisationAction}
                  input={{ id: row.id, version: row.version }}
                  title={t('organisations.deleteTitle', { name: row.name })}
                  confirmLabel={t('organisations.deleteConfirm')}
                  afterHref={`/organisations?deleted=${row.id}`}
                >
                  <p>{t('organisations.deleteWhatGoes', { persons: impact.personsInOrganisation, activities: impact.activities })}</p>
                  <p className="mt-2">{t('organisations.deleteCanRestore')}</p>
                </DeleteRecordButton>
              )}
            </>
          )
        }
      />
      <div className="flex flex-wrap gap-2 text-xs">
        {row.deletedAt && <span className="rounded bg-red-100 px-2 py-1 text-red-800">{t('organisations.deletedBadge')}</span>}
        {!row.active && <span className="rounded bg-slate-200 px-2 py-1">{t('organisations.inactiveBadge')}</span>}
      </div>
      <section className="rounded-lg border border-slate-200 bg-white shadow-sm">
        <LinkTabs label={t('organisations.tabsLabel')} current={tab} tabs={tabs.map((key) => ({ key, label: t(`organisations.tabs.${key}`), href: tabHref(key) }))} />
        <div className="p-4">
          <OrganisationDetails row={row} tab={tab} lookups={lookups} locale={locale} />
        </div>
      </section>
      <OrganisationPersons organisationId={row.id} />
      <ActivitiesPanel kind="organisation" id={row.id} basePath="/organisations" query={query} closed={!!row.deletedAt} />
      <HistoryPanel entries={history} fieldLabel={(f) => organisationFieldLabel(t as never, f)} valueLabel={organisationValueLabel(lookups)} />
    </div>
  );
}
