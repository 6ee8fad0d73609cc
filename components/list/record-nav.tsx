import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/db/schema';
import { formatNumber } from '@/lib/i18n/format';
import type { Neighbours } from '@/lib/list/query';

const linkClass = 'rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100 min-h-10 inline-flex items-center';

// [Previous] "3 of 1,284" [Next] within the result the user came from, and the way back to it.
export async function RecordNav({ basePath, from, neighbours }: { basePath: string; from: string; neighbours: Neighbours }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>]);
  const link = (id: number) => `${basePath}/${id}?from=${encodeURIComponent(from)}`;
  const total = neighbours.capped ? t('list.countCapped', { count: formatNumber(neighbours.count, locale) }) : formatNumber(neighbours.count, locale);
  return (
    <nav aria-label={t('list.recordNav')} className="flex flex-wrap items-center gap-2">
      <Link href={from ? `${basePath}?${from}` : basePath} className="text-sm text-brand-700 underline">
        {t('list.backToList')}
      </Link>
      <span className="flex-1" />
      {neighbours.prevId ? (
        <Link href={link(neighbours.prevId)} className={linkClass} rel="prev">
          {t('list.previous')}
        </Link>
      ) : null}
      <span className="text-sm text-slate-600" data-testid="record-position">
        {t('list.positionOf', { position: formatNumber(neighbours.position, locale), total })}
      </span>
      {neighbours.nextId ? (
        <Link href={link(neighbours.nextId)} className={linkClass} rel="next">
          {t('list.next')}
        </Link>
      ) : null}
    </nav>
  );
}
