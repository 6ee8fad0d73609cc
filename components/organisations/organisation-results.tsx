import { getLocale, getTranslations } from 'next-intl/server';
import { ListResults } from '@/components/list/list-results';
import type { Locale } from '@/db/schema';
import type { Lookups } from '@/lib/lookups';
import { organisationColumns, organisationSorts, type OrganisationColumn, type OrganisationListState } from '@/lib/organisations/list';
import { findOrganisations, type ListViewer } from '@/lib/organisations/queries';
import { organisationCell } from './organisation-cells';

// The result part of the organisations list.
export async function OrganisationResults({ state, columns, viewer, lookups }: { state: OrganisationListState; columns: OrganisationColumn[]; viewer: ListViewer; lookups: Lookups }) {
  const [t, locale, page] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>, findOrganisations(state, viewer)]);
  return (
    <ListResults
      state={state}
      page={page}
      view={{
        path: '/organisations',
        kind: 'organisations',
        allColumns: organisationColumns,
        columns,
        sortable: (c) => c in organisationSorts,
        label: (c) => t(`organisations.fields.${c}`),
        cell: (c, row) => organisationCell(c, row, lookups, locale, t('common.inactive')),
        title: (row) => row.name,
        muted: (row) => !row.active,
        countLabel: (count, shown) => t('organisations.count', { count, shown }),
        empty: state.criteria.view === 'deleted' ? { title: t('organisations.noDeleted'), hint: t('organisations.noneHint') } : { title: t('organisations.none'), hint: t('organisations.noneHint') },
      }}
    />
  );
}
