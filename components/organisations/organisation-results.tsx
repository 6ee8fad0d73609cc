import { getLocale, getTranslations } from 'next-intl/server';
import { ListResults } from '@/components/list/list-results';
import type { Locale } from '@/db/schema';
import { columnLabel } from '@/lib/fields/define';
import type { Lookups } from '@/lib/lookups';
import { organisationFields } from '@/lib/organisations/fields';
import { organisationColumns, organisationSorts, type OrganisationColumn, type OrganisationListState } from '@/lib/organisations/list';
import { findOrganisations, type ListViewer } from '@/lib/organisations/queries';
import { organisationCell } from './organisation-cells';

// The result part of the organisations list.
export async function OrganisationResults({ state, columns, viewer, lookups }: { state: OrganisationListState; columns: OrganisationColumn[]; viewer: ListViewer; lookups: Lookups }) {
  const [t, locale, page] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>, findOrganisations(state, viewer)]);
  const ctx = { lookups, locale, words: { yes: t('common.yes'), no: t('common.no'), inactive: t('common.inactive') } };
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
        label: (c) => columnLabel(t, organisationFields, c),
        cell: (c, row) => organisationCell(c, row, ctx),
        title: (row) => row.name,
        muted: (row) => !row.active,
        countLabel: (count, shown) => t('organisations.count', { count, shown }),
        empty: state.criteria.view === 'deleted' ? { title: t('organisations.noDeleted'), hint: t('organisations.noneHint') } : { title: t('organisations.none'), hint: t('organisations.noneHint') },
      }}
    />
  );
}
