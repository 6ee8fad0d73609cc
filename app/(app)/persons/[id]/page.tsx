import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActivitiesPanel } from '@/components/activities/activities-panel';
import { HistoryPanel } from '@/components/history/history-panel';
import { RecordNav } from '@/components/list/record-nav';
import { PersonBusiness } from '@/components/persons/person-business';
import { PersonDetails } from '@/components/persons/person-details';
import { SameAddress } from '@/components/persons/same-address';
import { ButtonLink } from '@/components/ui/button';
import { DeleteRecordButton, RestoreRecordButton } from '@/components/ui/delete-record';
import { PageHeader } from '@/components/ui/page-header';
import { LinkTabs } from '@/components/ui/tabs';
import type { Locale } from '@/db/schema';
import { getHistory } from '@/lib/audit/queries';
import { hasRole } from '@/lib/auth/roles';
import { requirePageUser } from '@/lib/auth/session';
import { cardHref, cardOrigin, parseListState } from '@/lib/list/params';
import { getLookups } from '@/lib/lookups';
import { getPersonDeleteImpact } from '@/lib/persons/impact';
import { personFieldLabel, personValueLabel } from '@/lib/persons/labels';
import { personCriteria } from '@/lib/persons/list';
import { displayName } from '@/lib/persons/names';
import { findPersonNeighbours, getPerson } from '@/lib/persons/queries';
import { deletePersonAction, restorePersonAction } from '../actions';
import { parseRecordId } from '@/lib/validation/record-id';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const tabs = ['personal', 'business'] as const;

async function load(idParam: string) {
  const id = parseRecordId(idParam);
  return id ? getPerson(id) : null;
}

export async function generateMetadata({ params }: Props) {
  const row = await load((await params).id);
  return { title: row ? displayName(row) : undefined };
}

// The person card: personal data, the Business tab with their records in organisations, "more on this
// address", activities and history, with [Edit], [Delete] and [Previous]/[Next].
export default async function PersonPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const row = await load(id);
  const canDelete = hasRole(user.role, 'crm_super');
  if (!row || (row.deletedAt && !canDelete)) notFound();
  const from = cardOrigin(query);
  const tab = tabs.find((k) => k === query.tab) ?? 'personal';
  const [t, locale, lookups, neighbours, history, impact] = await Promise.all([
    getTranslations(),
    getLocale() as Promise<Locale>,
    getLookups(),
    from ? findPersonNeighbours(parseListState(Object.fromEntries(new URLSearchParams(from)), personCriteria), canDelete, row.id, user.id) : Promise.resolve(null),
    getHistory('persons', row.id),
    canDelete && !row.deletedAt ? getPersonDeleteImpact(row.id) : Promise.resolve(null),
  ]);
  const name = displayName(row);
  const tabHref = (key: string) => cardHref('/persons', row.id, from, key === 'personal' ? undefined : key);

  return (
    <div className="space-y-4">
      {neighbours && <RecordNav basePath="/persons" from={from} neighbours={neighbours} />}
      <PageHeader
        title={name}
        actions={
          row.deletedAt ? (
            <RestoreRecordButton action={restorePersonAction} input={{ id: row.id }} label={t('persons.restore', { name })} />
          ) : (
            <>
              <ButtonLink href={`/persons/${row.id}/edit${from ? `?from=${encodeURIComponent(from)}` : ''}`}>{t('common.edit')}</ButtonLink>
              {impact && (
                <DeleteRecordButton action={deletePersonAction} input={{ id: row.id, version: row.version }} title={t('persons.deleteTitle', { name })} confirmLabel={t('persons.deleteConfirm')} afterHref="/persons">
                  {impact.employments.length > 0 ? (
                    <>
                      <p>{t('persons.deleteEmployments', { count: impact.employments.length })}</p>
                      <ul className="mt-1 list-disc pl-5" data-testid="delete-employments">
                        {impact.employments.map((e, i) => (
                          <li key={i}>{[e.organisation, e.jobTitle].filter(Boolean).join(' · ')}</li>
                        ))}
                      </ul>
                    </>
                  ) : (
                    <p>{t('persons.deleteNoEmployments')}</p>
                  )}
                  <p className="mt-2">{t('persons.deleteActivities', { count: impact.activities })}</p>
                  <p className="mt-2">{t('organisations.deleteCanRestore')}</p>
                </DeleteRecordButton>
              )}
            </>
          )
        }
      />
      <div className="flex flex-wrap gap-2 text-xs">
        {row.deletedAt && <span className="rounded bg-red-100 px-2 py-1 text-red-800">{t('organisations.deletedBadge')}</span>}
        {row.passive && <span className="rounded bg-slate-200 px-2 py-1">{t('persons.passiveBadge')}</span>}
      </div>
      <section className="rounded-lg border border-slate-200 bg-white shadow-sm">
        <LinkTabs label={t('persons.tabsLabel')} current={tab} tabs={tabs.map((key) => ({ key, label: t(`persons.tabs.${key}`), href: tabHref(key) }))} />
        <div className="p-4">{tab === 'business' ? <PersonBusiness personId={row.id} editable={!row.deletedAt} /> : <PersonDetails row={row} lookups={lookups} locale={locale} />}</div>
      </section>
      <SameAddress person={row} />
      <ActivitiesPanel kind="person" id={row.id} basePath="/persons" query={query} closed={!!row.deletedAt} />
      <HistoryPanel entries={history} fieldLabel={(f) => personFieldLabel(t as never, f)} valueLabel={personValueLabel(lookups, locale)} />
    </div>
  );
}
