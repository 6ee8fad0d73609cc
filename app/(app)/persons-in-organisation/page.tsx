import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { ListSkeleton } from '@/components/list/list-skeleton';
import { SearchBox } from '@/components/list/search-box';
import { PersonInOrganisationCriteria } from '@/components/persons-in-organisation/person-in-organisation-criteria';
import { PersonInOrganisationResults } from '@/components/persons-in-organisation/person-in-organisation-results';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { hasRole } from '@/lib/auth/roles';
import { requirePageUser } from '@/lib/auth/session';
import { listQuery, parseListState } from '@/lib/list/params';
import { getLookups } from '@/lib/lookups';
import {
  defaultPersonInOrganisationColumns,
  personInOrganisationColumns,
  personInOrganisationCriteria,
  type PersonInOrganisationColumn,
} from '@/lib/persons-in-organisation/list';
import { getPickerLabels } from '@/lib/persons-in-organisation/queries';
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
  const state = parseListState(await searchParams, personInOrganisationCriteria);
  const canSeeDeleted = hasRole(user.role, 'crm_super');
  const organisationId = /^\d{1,9}$/.test(state.criteria.organisation ?? '') ? Number(state.criteria.organisation) : null;
  const [t, lookups, segments, saved, picked] = await Promise.all([
    getTranslations(),
    getLookups(),
    getSegmentOptions('personInOrganisation'),
    state.cols ? Promise.resolve(null) : getDefaultColumns(user.id, 'persons_in_organisation'),
    organisationId ? getPickerLabels(null, organisationId) : Promise.resolve(null),
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
      <SearchBox label={t('personsInOrganisation.searchLabel')} placeholder={t('personsInOrganisation.searchPlaceholder')} />
      <PersonInOrganisationCriteria state={state} segments={segments} organisation={organisation} canSeeDeleted={canSeeDeleted} />
      <Suspense key={listQuery(state)} fallback={<ListSkeleton label={t('list.loading')} />}>
        <PersonInOrganisationResults state={state} columns={columns} viewer={{ canSeeDeleted, id: user.id }} lookups={lookups} />
      </Suspense>
    </div>
  );
}
