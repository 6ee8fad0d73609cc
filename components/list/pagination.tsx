import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/db/schema';
import { formatNumber } from '@/lib/i18n/format';
import { pageRange } from '@/lib/list/pages';
import { listHref, pageSizes, type ListState } from '@/lib/list/params';

const linkClass = 'rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100 min-h-10 inline-flex items-center';

// Count, page links and page size of a list; plain links built from the current state. `shown` is the
// number of rows on this page.
export async function Pagination({ path, state, count, capped, shown }: { path: string; state: ListState; count: number; capped: boolean; shown: number }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>]);
  const { from, to, pages } = pageRange(state.page, state.per, count, shown);
  const last = capped ? null : pages;
  const n = (value: number) => formatNumber(value, locale);
  const total = capped ? t('list.countCapped', { count: n(count) }) : n(count);
  return (
    <nav aria-label={t('list.pagination')} className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
      <p className="text-sm text-slate-600" data-testid="list-range">
        {t('list.range', { from: n(from), to: n(to), total })}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        {state.page > 1 && (
          <>
            <Link className={linkClass} href={listHref(path, state, { page: 1 })}>
              {t('list.first')}
            </Link>
            <Link className={linkClass} href={listHref(path, state, { page: state.page - 1 })} rel="prev">
              {t('list.previous')}
            </Link>
          </>
        )}
        <span className="px-2 text-sm">{last ? t('list.pageOf', { page: n(state.page), pages: n(last) }) : t('list.page', { page: n(state.page) })}</span>
        {(capped || state.page < pages) && (
          <Link className={linkClass} href={listHref(path, state, { page: state.page + 1 })} rel="next">
            {t('list.next')}
          </Link>
        )}
        {last && state.page < last && (
          <Link className={linkClass} href={listHref(path, state, { page: last })}>
            {t('list.last')}
          </Link>
        )}
        <span className="ml-2 text-sm text-slate-600">{t('list.perPage')}</span>
        {pageSizes.map((n) => (
          <Link key={n} className={`${linkClass} ${n === state.per ? 'border-brand-600 font-semibold' : ''}`} aria-current={n === state.per ? 'true' : undefined} href={listHref(path, state, { per: n, page: 1 })}>
            {n}
          </Link>
        ))}
      </div>
    </nav>
  );
}
