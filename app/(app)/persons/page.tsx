import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { AdvancedCriteria } from '@/components/list/advanced-criteria';
import { ListPageHeader } from '@/components/list/list-page-header';
import { ListSkeleton } from '@/components/list/list-skeleton';
import { SavedViews } from '@/components/list/saved-views';
import { SearchBox } from '@/components/list/search-box';
import { PersonCriteria } from '@/components/persons/person-criteria';
import { PersonResults } from '@/components/persons/person-results';
import { hasRole } from '@/lib/auth/roles';
import { requirePageUser } from '@/lib/auth/session';
import { getBuilderSources } from '@/lib/list/builder-sources';
import { listQuery, parseListState } from '@/lib/list/params';
import { defaultPersonColumns, personColumns, personCriteria, type PersonColumn } from '@/lib/persons/list';
import { personQueryFields } from '@/lib/persons/query-fields';
import { openSavedViews } from '@/lib/saved-views/open';
import { getDefaultColumns } from '@/lib/saved-views/queries';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('persons.title') };
}

const known = (cols: string[] | null) => cols?.filter((c): c is PersonColumn => (personColumns as readonly string[]).includes(c)) ?? [];

// The persons list: search on first name, last name (with or without tussenvoegsel) and e-mail.
export default async function PersonsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser();
  const params = await searchParams;
  const opened = await openSavedViews(user.id, 'persons', params);
  if (opened.redirect) redirect(opened.redirect);
  const state = parseListState(params, personCriteria);
  const canSeeDeleted = hasRole(user.role, 'crm_super');
  const [t, saved, sources] = await Promise.all([getTranslations(), state.cols ? Promise.resolve(null) : getDefaultColumns(user.id, 'persons'), getBuilderSources()]);
  const columns = known(state.cols).length ? known(state.cols) : known(saved).length ? known(saved) : defaultPersonColumns;
  const deletedView = canSeeDeleted && state.criteria.view === 'deleted';
  return (
    <div className="space-y-4">
      <ListPageHeader
        path="/persons"
        deletedView={deletedView}
        canSeeDeleted={canSeeDeleted}
        labels={{ title: t('persons.title'), deletedTitle: t('persons.deletedTitle'), showDeleted: t('persons.showDeleted'), showLive: t('persons.showLive'), add: t('persons.add') }}
      />
      <SavedViews list="persons" state={state} opened={opened} canManageShared={canSeeDeleted} />
      <SearchBox label={t('persons.searchLabel')} placeholder={t('persons.searchPlaceholder')} />
      <PersonCriteria state={state} canSeeDeleted={canSeeDeleted} />
      <AdvancedCriteria registry={personQueryFields} state={state} sources={sources} ownLabel={t('query.ownPerson')} />
      <Suspense key={listQuery(state)} fallback={<ListSkeleton label={t('list.loading')} />}>
        <PersonResults state={state} columns={columns} canSeeDeleted={canSeeDeleted} userId={user.id} />
      </Suspense>
    </div>
  );
}
