import { getLocale, getTranslations } from 'next-intl/server';
import { ListResults } from '@/components/list/list-results';
import type { Locale } from '@/db/schema';
import { columnLabel } from '@/lib/fields/define';
import { cellText } from '@/lib/fields/show';
import { getLookups } from '@/lib/lookups';
import { personFields } from '@/lib/persons/fields';
import { personColumns, personSorts, type PersonColumn, type PersonListState } from '@/lib/persons/list';
import { sortedName } from '@/lib/persons/names';
import { findPersons, type PersonListRow } from '@/lib/persons/queries';

// The result part of the persons list; names shown the way they sort ("Berg, Jan van den").
export async function PersonResults({ state, columns, canSeeDeleted, userId }: { state: PersonListState; columns: PersonColumn[]; canSeeDeleted: boolean; userId: number }) {
  const [t, locale, page] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>, findPersons(state, canSeeDeleted, userId)]);
  const ctx = { lookups: await getLookups(), locale, words: { yes: t('common.yes'), no: t('common.no'), inactive: t('common.inactive') } };
  const cell = (c: PersonColumn, row: PersonListRow): string => cellText(personFields, c, row, ctx, { name: sortedName });
  return (
    <ListResults
      state={state}
      page={page}
      view={{
        path: '/persons',
        kind: 'persons',
        allColumns: personColumns,
        columns,
        sortable: (c) => c in personSorts,
        label: (c) => columnLabel(t, personFields, c),
        cell,
        title: (row) => sortedName(row),
        muted: (row) => row.passive,
        countLabel: (count, shown) => t('persons.count', { count, shown }),
        empty: state.criteria.view === 'deleted' ? { title: t('persons.noDeleted'), hint: t('persons.noneHint') } : { title: t('persons.none'), hint: t('persons.noneHint') },
      }}
    />
  );
}
