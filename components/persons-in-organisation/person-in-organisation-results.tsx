import { getLocale, getTranslations } from 'next-intl/server';
import { ListResults } from '@/components/list/list-results';
import type { Locale } from '@/db/schema';
import { columnLabel } from '@/lib/fields/define';
import type { Lookups } from '@/lib/lookups';
import { personInOrganisationFields } from '@/lib/persons-in-organisation/fields';
import {
  personInOrganisationColumns,
  personInOrganisationSorts,
  type PersonInOrganisationColumn,
  type PersonInOrganisationListState,
} from '@/lib/persons-in-organisation/list';
import { findPersonsInOrganisation, type ListViewer } from '@/lib/persons-in-organisation/queries';
import { personInOrganisationCell } from './person-in-organisation-cells';

type Props = { state: PersonInOrganisationListState; columns: PersonInOrganisationColumn[]; viewer: ListViewer; lookups: Lookups };

// The result part of the persons in organisation list.
export async function PersonInOrganisationResults({ state, columns, viewer, lookups }: Props) {
  const [t, locale, page] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>, findPersonsInOrganisation(state, viewer)]);
  const ctx = { lookups, locale, words: { yes: t('common.yes'), no: t('common.no'), inactive: t('common.inactive') } };
  return (
    <ListResults
      state={state}
      page={page}
      view={{
        path: '/persons-in-organisation',
        kind: 'persons_in_organisation',
        allColumns: personInOrganisationColumns,
        columns,
        sortable: (c) => c in personInOrganisationSorts,
        label: (c) => columnLabel(t, personInOrganisationFields, c),
        cell: (c, row) => personInOrganisationCell(c, row, ctx),
        title: (row) => t('personsInOrganisation.rowName', { person: row.person, organisation: row.organisation }),
        muted: (row) => !row.active,
        countLabel: (count, shown) => t('personsInOrganisation.count', { count, shown }),
        empty:
          state.criteria.view === 'deleted'
            ? { title: t('personsInOrganisation.noDeleted'), hint: t('personsInOrganisation.noneHint') }
            : { title: t('personsInOrganisation.none'), hint: t('personsInOrganisation.noneHint') },
      }}
    />
  );
}
