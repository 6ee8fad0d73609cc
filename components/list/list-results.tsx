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
import { resultKey } from '@/lib/list/selection';

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
  const filtered = !!state.q || !!state.where || Object.keys(state.criteria).some((k) => k !== 'view');
  const [linkColumn] = view.columns;

  if (page.rows.length === 0) {
    const view_ = state.criteria.view;
    return filtered ? (
      <EmptyState title={t('list.emptyFiltered')} hint={t('list.emptyFilteredHint')} resetHref={view_ ? `${view.path}?view=${view_}` : `${view.path}?all`} resetLabel={t('list.clearCriteria')} />
    ) : (
      <EmptyState title={view.empty.title} hint={view.empty.hint} />
    );
  }

  const cell = (c: C, row: R) =>
    c === linkColumn ? (
      <Link href={href(row.id)} className="font-medium text-brand-700 hover:underline">
        {view.cell(c, row) || view.title(row)}
      </Link>
    ) : (
      view.cell(c, row)
    );

  return (
    <SelectionProvider pageIds={page.rows.map((r) => r.id)} scope={{ list: view.kind, path: view.path, matching: resultKey(listQuery(state)), nearMisses: page.nearMisses ?? false, count: page.count, capped: page.capped }}>
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
        <PageCheckbox labelled />
        <SelectionBar countLabel={countLabel} />
        {/* One table: on a phone each row becomes a card and each cell a "label: value" line. */}
        <div className="md:overflow-x-auto md:rounded-lg md:border md:border-slate-200 md:bg-white md:shadow-sm">
          <table className="block min-w-full text-sm md:table md:divide-y md:divide-slate-200">
            <thead className="hidden bg-slate-50 text-slate-700 md:table-header-group">
              <tr>
                <th scope="col" className="w-10 px-3 py-2">
                  <PageCheckbox />
                </th>
                {view.columns.map((c) => (
                  <SortHeader key={c} path={view.path} state={state} column={c} label={labels[c]} sortable={view.sortable(c)} />
                ))}
              </tr>
            </thead>
            <tbody className="block space-y-2 md:table-row-group md:space-y-0 md:divide-y md:divide-slate-100" data-testid="result-rows">
              {page.rows.map((row) => (
                <tr key={row.id} className={view.muted?.(row) ? 'list-row text-slate-500' : 'list-row'}>
                  <td className="list-check">
                    <RowCheckbox id={row.id} label={t('list.selectRow', { name: view.title(row) })} />
                  </td>
                  {view.columns.map((c, i) => (
                    <td key={c} data-label={labels[c]} className={i === 0 ? 'list-title' : 'list-cell'}>
                      {cell(c, row)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pagination path={view.path} state={state} count={page.count} capped={page.capped} shown={page.rows.length} />
      </div>
    </SelectionProvider>
  );
}
