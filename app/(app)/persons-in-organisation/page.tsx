import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { AdvancedCriteria } from '@/components/list/advanced-criteria';
import { ListSkeleton } from '@/components/list/list-skeleton';
import { SavedViews } from '@/components/list/saved-views';
import { SearchBox } from '@/components/list/search-box';
import { PersonInOrganisationCriteria } from '@/components/persons-in-organisation/person-in-organisation-criteria';
import { PersonInOrganisationResults } from '@/components/persons-in-organisation/person-in-organisation-results';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { hasRole } from '@/lib/auth/roles';
import { requirePageUser } from '@/lib/auth/session';
import { getBuilderSources } from '@/lib/list/builder-sources';
import { listQuery, parseListState } from '@/lib/list/params';
import { getLookups } from '@/lib/lookups';
import {
  defaultPersonInOrganisationColumns,
  personInOrganisationColumns,
  personInOrganisationCriteria,
  type PersonInOrganisationColumn,
} from '@/lib/persons-in-organisation/list';
import { getPickerLabels } from '@/lib/persons-in-organisation/queries';
import { personInOrganisationQueryFields } from '@/lib/persons-in-organisation/query-fields';
import { openSavedViews } from '@/lib/saved-views/open';
import { getDefaultColumns } from '@/lib/saved-views/queries';
import { getSegmentOptions } from '@/lib/segments/queries';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('personsInOrganisation.title') };
}

const known = (cols: string[] | null) => cols?.filter((c): c is PersonInOrganisationColumn => (personInOrganisationColumns as readonly string[]).includes(c)) ?? [];

// The persons in organisation list: search, criteria, sort, pages and columns, all held in the URL.
export default async function PersonsInOrganisationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser();
  const params = await searchParams;
  const opened = await openSavedViews(user.id, 'persons_in_organisation', params);
  if (opened.redirect) redirect(opened.redirect);
  const state = parseListState(params, personInOrganisationCriteria);
  const canSeeDeleted = hasRole(user.role, 'crm_super');
  const organisationId = /^\d{1,9}$/.test(state.criteria.organisation ?? '') ? Number(state.criteria.organisation) : null;
  const [t, lookups, segments, saved, picked, sources] = await Promise.all([
    getTranslations(),
    getLookups(),
    getSegmentOptions('personInOrganisation'),
    state.cols ? Promise.resolve(null) : getDefaultColumns(user.id, 'persons_in_organisation'),
    organisationId ? getPickerLabels(null, organisationId) : Promise.resolve(null),
    getBuilderSources(),
  ]);
  const fromUrl = known(state.cols);
  const columns = fromUrl.length ? fromUrl : known(saved).length ? known(saved) : defaultPersonInOrganisationColumns;
  const deletedView = canSeeDeleted && state.criteria.view === 'deleted';
  const organisation = organisationId && picked?.organisation ? { id: organisationId, label: picked.organisation } : null;
  return (
    <div className="space-y-4">
      <PageHeader
        title={deletedView ? t('personsInOrganisation.deletedTitle') : t('personsInOrganisation.title')}
        actions={
          <>
            {canSeeDeleted && (
              <Link href={deletedView ? '/persons-in-organisation' : '/persons-in-organisation?view=deleted'} className="self-center text-sm text-brand-700 underline">
                {deletedView ? t('personsInOrganisation.showLive') : t('personsInOrganisation.showDeleted')}
              </Link>
            )}
            {!deletedView && (
              <ButtonLink href="/persons-in-organisation/new" variant="primary">
                {t('personsInOrganisation.add')}
              </ButtonLink>
            )}
          </>
        }
      />
      <SavedViews list="persons_in_organisation" state={state} opened={opened} canManageShared={canSeeDeleted} />
      <SearchBox label={t('personsInOrganisation.searchLabel')} placeholder={t('personsInOrganisation.searchPlaceholder')} />
      <PersonInOrganisationCriteria state={state} segments={segments} organisation={organisation} canSeeDeleted={canSeeDeleted} />
      <AdvancedCriteria registry={personInOrganisationQueryFields} state={state} sources={sources} ownLabel={t('query.ownPersonInOrganisation')} />
      <Suspense key={listQuery(state)} fallback={<ListSkeleton label={t('list.loading')} />}>
        <PersonInOrganisationResults state={state} columns={columns} viewer={{ canSeeDeleted, id: user.id }} lookups={lookups} />
      </Suspense>
    </div>
  );
}
