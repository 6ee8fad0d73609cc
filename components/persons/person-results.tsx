import { getLocale, getTranslations } from 'next-intl/server';
import { ListResults } from '@/components/list/list-results';
import type { Locale } from '@/db/schema';
import { formatDateTime } from '@/lib/i18n/format';
import { personColumns, personSorts, type PersonColumn, type PersonListState } from '@/lib/persons/list';
import { sortedName } from '@/lib/persons/names';
import { findPersons, type PersonListRow } from '@/lib/persons/queries';
import { formatPhoneNational } from '@/lib/validation/fields';

// The result part of the persons list; names shown the way they sort ("Berg, Jan van den").
export async function PersonResults({ state, columns, canSeeDeleted }: { state: PersonListState; columns: PersonColumn[]; canSeeDeleted: boolean }) {
  const [t, locale, page] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>, findPersons(state, canSeeDeleted)]);
  const cell = (c: PersonColumn, row: PersonListRow): string => {
    switch (c) {
      case 'name':
        return sortedName(row);
      case 'phone':
      case 'mobile':
        return row[c] ? formatPhoneNational(row[c]!) : '';
      case 'consent':
        return row.consent ? t('common.yes') : t('common.no');
      case 'updatedAt':
        return formatDateTime(row.updatedAt, locale);
      default:
        return row[c] ?? '';
    }
  };
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
        label: (c) => t(`persons.columns.${c}`),
        cell,
        title: (row) => sortedName(row),
        muted: (row) => row.passive,
        countLabel: (count, shown) => t('persons.count', { count, shown }),
        empty: state.criteria.view === 'deleted' ? { title: t('persons.noDeleted'), hint: t('persons.noneHint') } : { title: t('persons.none'), hint: t('persons.noneHint') },
      }}
    />
  );
}
