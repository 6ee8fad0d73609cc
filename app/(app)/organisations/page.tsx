import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { AdvancedCriteria } from '@/components/list/advanced-criteria';
import { ListPageHeader } from '@/components/list/list-page-header';
import { ListSkeleton } from '@/components/list/list-skeleton';
import { SavedViews } from '@/components/list/saved-views';
import { SearchBox } from '@/components/list/search-box';
import { OrganisationCriteria } from '@/components/organisations/organisation-criteria';
import { OrganisationResults } from '@/components/organisations/organisation-results';
import { hasRole } from '@/lib/auth/roles';
import { requirePageUser } from '@/lib/auth/session';
import { getChoiceOptions } from '@/lib/choice-lists/queries';
import { getBuilderSources } from '@/lib/list/builder-sources';
import { listQuery, parseListState } from '@/lib/list/params';
import { getLookups } from '@/lib/lookups';
import { defaultOrganisationColumns, organisationColumns, organisationCriteria, type OrganisationColumn } from '@/lib/organisations/list';
import { organisationQueryFields } from '@/lib/organisations/query-fields';
import { openSavedViews } from '@/lib/saved-views/open';
import { getDefaultColumns } from '@/lib/saved-views/queries';
import { getSegmentOptions } from '@/lib/segments/queries';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('organisations.title') };
}

const known = (cols: string[] | null) => cols?.filter((c): c is OrganisationColumn => (organisationColumns as readonly string[]).includes(c)) ?? [];

// The organisations list: search, criteria, sort, pages and columns, all held in the URL.
export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser();
  const params = await searchParams;
  const opened = await openSavedViews(user.id, 'organisations', params);
  if (opened.redirect) redirect(opened.redirect);
  const state = parseListState(params, organisationCriteria);
  const canSeeDeleted = hasRole(user.role, 'crm_super');
  const [t, lookups, choices, segments, saved, sources] = await Promise.all([
    getTranslations(),
    getLookups(),
    getChoiceOptions(['relation_type', 'status', 'industry'] as const),
    getSegmentOptions('organisation'),
    state.cols ? Promise.resolve(null) : getDefaultColumns(user.id, 'organisations'),
    getBuilderSources(),
  ]);
  const fromUrl = known(state.cols);
  const columns = fromUrl.length ? fromUrl : known(saved).length ? known(saved) : defaultOrganisationColumns;
  const deletedView = canSeeDeleted && state.criteria.view === 'deleted';
  const viewer = { id: user.id, canSeeDeleted };
  return (
    <div className="space-y-4">
      <ListPageHeader
        path="/organisations"
        deletedView={deletedView}
        canSeeDeleted={canSeeDeleted}
        labels={{ title: t('organisations.title'), deletedTitle: t('organisations.deletedTitle'), showDeleted: t('organisations.showDeleted'), showLive: t('organisations.showLive'), add: t('organisations.add') }}
      />
      <SavedViews list="organisations" state={state} opened={opened} canManageShared={canSeeDeleted} />
      <SearchBox label={t('organisations.searchLabel')} placeholder={t('organisations.searchPlaceholder')} />
      <OrganisationCriteria state={state} choices={choices} segments={segments} lookups={lookups} canSeeDeleted={canSeeDeleted} />
      <AdvancedCriteria registry={organisationQueryFields} state={state} sources={sources} ownLabel={t('query.ownOrganisation')} />
      <Suspense key={listQuery(state)} fallback={<ListSkeleton label={t('list.loading')} />}>
        <OrganisationResults state={state} columns={columns} viewer={viewer} lookups={lookups} />
      </Suspense>
    </div>
  );
}
