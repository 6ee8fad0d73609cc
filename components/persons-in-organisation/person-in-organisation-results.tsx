import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ColumnChooser } from '@/components/list/column-chooser';
import { EmptyState } from '@/components/list/empty-state';
import { Pagination } from '@/components/list/pagination';
import { PageCheckbox, RowCheckbox, SelectionBar, SelectionProvider } from '@/components/list/selection';
import { SortHeader } from '@/components/list/sort-header';
import { SortSelect } from '@/components/list/sort-select';
import type { Locale } from '@/db/schema';
import { formatNumber } from '@/lib/i18n/format';
import { listQuery } from '@/lib/list/params';
import type { Lookups } from '@/lib/lookups';
import {
  personInOrganisationColumns,
  personInOrganisationSorts,
  type PersonInOrganisationColumn,
  type PersonInOrganisationListState,
} from '@/lib/persons-in-organisation/list';
import { findPersonsInOrganisation, type ListViewer } from '@/lib/persons-in-organisation/queries';
import { personInOrganisationCell } from './person-in-organisation-cells';

const path = '/persons-in-organisation';

type Props = { state: PersonInOrganisationListState; columns: PersonInOrganisationColumn[]; viewer: ListViewer; lookups: Lookups };

// The result part of the persons in organisation list: selection, table (cards on a phone), count and pages.
export async function PersonInOrganisationResults({ state, columns, viewer, lookups }: Props) {
  const [t, locale, page] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>, findPersonsInOrganisation(state, viewer)]);
  const labels = Object.fromEntries(personInOrganisationColumns.map((c) => [c, t(`personsInOrganisation.fields.${c}`)]));
  const yesNo = { yes: t('common.yes'), no: t('common.no') };
  const from = encodeURIComponent(listQuery(state));
  const href = (id: number) => `${path}/${id}${from ? `?from=${from}` : ''}`;
  const countLabel = page.capped ? t('list.countCapped', { count: formatNumber(page.count, locale) }) : formatNumber(page.count, locale);
  const filtered = !!state.q || Object.keys(state.criteria).some((k) => k !== 'view');
  const linked = columns.includes('person') ? 'person' : columns[0];
  const title = (row: { person: string; organisation: string }) => t('personsInOrganisation.rowName', { person: row.person, organisation: row.organisation });

  if (page.rows.length === 0) {
    return filtered ? (
      <EmptyState title={t('list.emptyFiltered')} hint={t('list.emptyFilteredHint')} resetHref={state.criteria.view ? `${path}?view=${state.criteria.view}` : path} resetLabel={t('list.clearCriteria')} />
    ) : (
      <EmptyState title={state.criteria.view === 'deleted' ? t('personsInOrganisation.noDeleted') : t('personsInOrganisation.none')} hint={t('personsInOrganisation.noneHint')} />
    );
  }

  return (
    <SelectionProvider pageIds={page.rows.map((r) => r.id)}>
      <div className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <p className="text-sm font-medium" data-testid="list-count">
            {t('personsInOrganisation.count', { count: page.capped ? page.count + 1 : page.count, shown: countLabel })}
          </p>
          <div className="flex items-end gap-2">
            <SortSelect options={columns.map((c) => ({ value: c, label: labels[c] }))} current={state.sort ? `${state.sort}:${state.dir}` : ''} />
            <ColumnChooser list="persons_in_organisation" all={[...personInOrganisationColumns]} shown={columns} labels={labels} />
          </div>
        </div>
        <SelectionBar count={page.count} countLabel={countLabel} />
        <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm md:block">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="w-10 px-3 py-2">
                  <PageCheckbox />
                </th>
                {columns.map((c) => (
                  <SortHeader key={c} path={path} state={state} column={c} label={labels[c]} sortable={c in personInOrganisationSorts} />
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.rows.map((row) => (
                <tr key={row.id} className={`hover:bg-slate-50 ${row.active ? '' : 'text-slate-500'}`}>
                  <td className="px-3 py-2">
                    <RowCheckbox id={row.id} label={t('list.selectRow', { name: title(row) })} />
                  </td>
                  {columns.map((c) => (
                    <td key={c} className="max-w-xs truncate px-3 py-2">
                      {c === linked ? (
                        <Link href={href(row.id)} className="font-medium text-brand-700 hover:underline">
                          {personInOrganisationCell(c, row, lookups, locale, yesNo) || title(row)}
                        </Link>
                      ) : (
                        personInOrganisationCell(c, row, lookups, locale, yesNo)
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ul className="space-y-2 md:hidden" aria-label={t('personsInOrganisation.title')} data-testid="result-cards">
          {page.rows.map((row) => (
            <li key={row.id} className={`flex gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm ${row.active ? '' : 'text-slate-500'}`}>
              <RowCheckbox id={row.id} label={t('list.selectRow', { name: title(row) })} />
              <div className="min-w-0 flex-1">
                <Link href={href(row.id)} className="block font-medium text-brand-700">
                  {row.person}
                </Link>
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                  {columns
                    .filter((c) => c !== 'person')
                    .map((c) => {
                      const value = personInOrganisationCell(c, row, lookups, locale, yesNo);
                      return value ? (
                        <div key={c} className="contents">
                          <dt className="text-slate-500">{labels[c]}</dt>
                          <dd className="truncate">{value}</dd>
                        </div>
                      ) : null;
                    })}
                </dl>
              </div>
            </li>
          ))}
        </ul>
        <Pagination path={path} state={state} count={page.count} capped={page.capped} />
      </div>
    </SelectionProvider>
  );
}
