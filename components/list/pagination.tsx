import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/db/schema';
import { formatNumber } from '@/lib/i18n/format';
import { listHref, pageSizes, type ListState } from '@/lib/list/params';

const linkClass = 'rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100 min-h-10 inline-flex items-center';

// Count, page links and page size of a list; plain links built from the current state.
export async function Pagination({ path, state, count, capped }: { path: string; state: ListState; count: number; capped: boolean }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>]);
  const pages = Math.max(1, Math.ceil(count / state.per));
  const last = capped ? null : pages;
  const from = count === 0 ? 0 : (state.page - 1) * state.per + 1;
  const to = Math.min(state.page * state.per, (state.page - 1) * state.per + count);
  const total = capped ? t('list.countCapped', { count: formatNumber(count, locale) }) : formatNumber(count, locale);
  return (
    <nav aria-label={t('list.pagination')} className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
      <p className="text-sm text-slate-600" data-testid="list-range">
        {t('list.range', { from: formatNumber(from, locale), to: formatNumber(Math.min(to, state.page * state.per), locale), total })}
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
        <span className="px-2 text-sm">{last ? t('list.pageOf', { page: state.page, pages: last }) : t('list.page', { page: state.page })}</span>
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
