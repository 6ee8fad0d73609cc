import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ColumnChooser } from '@/components/list/column-chooser';
import { EmptyState } from '@/components/list/empty-state';
import { Pagination } from '@/components/list/pagination';
import { PageCheckbox, RowCheckbox, SelectionBar, SelectionProvider } from '@/components/list/selection';
import { SortHeader } from '@/components/list/sort-header';
import { SortSelect } from '@/components/list/sort-select';
import type { Locale } from '@/db/schema';
import { formatNumber } from '@/lib/i18n/format';
import { listQuery, type ListState } from '@/lib/list/params';
import type { ListPage } from '@/lib/list/query';

type Row = { id: number };

// How one list shows its rows; the first shown column links to the record's card.
export type ListView<R extends Row, C extends string> = {
  path: string;
  kind: 'organisations' | 'persons' | 'persons_in_organisation';
  allColumns: readonly C[];
  columns: C[];
  sortable: (column: C) => boolean;
  label: (column: C) => string;
  cell: (column: C, row: R) => ReactNode;
  title: (row: R) => string;
  muted?: (row: R) => boolean;
  countLabel: (count: number, shown: string) => string;
  empty: { title: string; hint: string };
};

// The result part of a list: selection, table (cards on a phone), count, column chooser and pages.
export async function ListResults<R extends Row, C extends string>({ state, page, view }: { state: ListState; page: ListPage<R>; view: ListView<R, C> }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>]);
  const labels = Object.fromEntries(view.allColumns.map((c) => [c, view.label(c)])) as Record<C, string>;
  const from = encodeURIComponent(listQuery(state));
  const href = (id: number) => `${view.path}/${id}${from ? `?from=${from}` : ''}`;
  const countLabel = page.capped ? t('list.countCapped', { count: formatNumber(page.count, locale) }) : formatNumber(page.count, locale);
  const filtered = !!state.q || Object.keys(state.criteria).some((k) => k !== 'view');
  const [linkColumn] = view.columns;

  if (page.rows.length === 0) {
    const view_ = state.criteria.view;
    return filtered ? (
      <EmptyState title={t('list.emptyFiltered')} hint={t('list.emptyFilteredHint')} resetHref={view_ ? `${view.path}?view=${view_}` : view.path} resetLabel={t('list.clearCriteria')} />
    ) : (
      <EmptyState title={view.empty.title} hint={view.empty.hint} />
    );
  }

  const cell = (c: C, row: R) =>
    c === linkColumn ? (
      <Link href={href(row.id)} className="font-medium text-brand-700 hover:underline">
        {view.title(row)}
      </Link>
    ) : (
      view.cell(c, row)
    );

  return (
    <SelectionProvider pageIds={page.rows.map((r) => r.id)}>
      <div className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <p className="text-sm font-medium" data-testid="list-count">
            {view.countLabel(page.capped ? page.count + 1 : page.count, countLabel)}
          </p>
          <div className="flex items-end gap-2">
            <SortSelect options={view.columns.filter(view.sortable).map((c) => ({ value: c, label: labels[c] }))} current={state.sort ? `${state.sort}:${state.dir}` : ''} />
            <ColumnChooser list={view.kind} all={[...view.allColumns]} shown={view.columns} labels={labels} />
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
                {view.columns.map((c) => (
                  <SortHeader key={c} path={view.path} state={state} column={c} label={labels[c]} sortable={view.sortable(c)} />
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.rows.map((row) => (
                <tr key={row.id} className={`hover:bg-slate-50 ${view.muted?.(row) ? 'text-slate-500' : ''}`}>
                  <td className="px-3 py-2">
                    <RowCheckbox id={row.id} label={t('list.selectRow', { name: view.title(row) })} />
                  </td>
                  {view.columns.map((c) => (
                    <td key={c} className="max-w-xs truncate px-3 py-2">
                      {cell(c, row)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ul className="space-y-2 md:hidden" data-testid="result-cards">
          {page.rows.map((row) => (
            <li key={row.id} className="flex gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
              <RowCheckbox id={row.id} label={t('list.selectRow', { name: view.title(row) })} />
              <div className="min-w-0 flex-1">
                <Link href={href(row.id)} className="block font-medium text-brand-700">
                  {view.title(row)}
                </Link>
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                  {view.columns.slice(1).map((c) => {
                    const value = view.cell(c, row);
                    return value === '' || value === null ? null : (
                      <div key={c} className="contents">
                        <dt className="text-slate-500">{labels[c]}</dt>
                        <dd className="truncate">{value}</dd>
                      </div>
                    );
                  })}
                </dl>
              </div>
            </li>
          ))}
        </ul>
        <Pagination path={view.path} state={state} count={page.count} capped={page.capped} />
      </div>
    </SelectionProvider>
  );
}
