import { getLocale, getTranslations } from 'next-intl/server';
import { MyDay } from '@/components/dashboard/my-day';
import { ButtonLink } from '@/components/ui/button';
import { Panel, PageHeader } from '@/components/ui/page-header';
import type { Locale } from '@/db/schema';
import { requirePageUser } from '@/lib/auth/session';
import { getDashboardCounts, getRecentRecords, type RecentRecord } from '@/lib/dashboard/queries';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('dashboard.title') };
}

function RecentList({ rows, empty, locale, kindLabel }: { rows: RecentRecord[]; empty: string; locale: Locale; kindLabel: (k: RecentRecord['kind']) => string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-500">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {rows.map((r) => (
        <li key={`${r.kind}-${r.id}`} className="flex flex-col py-2 sm:flex-row sm:items-baseline sm:justify-between sm:gap-3">
          <span className="min-w-0 truncate">
            <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{kindLabel(r.kind)}</span>
            {r.label}
          </span>
          <span className="shrink-0 text-xs text-slate-500">
            {formatDateTime(r.at, locale)}
            {r.by ? ` · ${r.by}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

// The dashboard: [Add organisation] and [Add business relation], counts per kind, recent records and the user's open activities.
export default async function DashboardPage() {
  const user = await requirePageUser();
  const [t, locale, counts, created, updated] = await Promise.all([
    getTranslations(),
    getLocale() as Promise<Locale>,
    getDashboardCounts(),
    getRecentRecords('created'),
    getRecentRecords('updated'),
  ]);
  const kindLabel = (k: RecentRecord['kind']) => t(`dashboard.kinds.${k}`);
  const tiles = [
    { key: 'organisations', value: counts.organisations },
    { key: 'persons', value: counts.persons },
    { key: 'personsInOrganisation', value: counts.personsInOrganisation },
    { key: 'segments', value: counts.segments },
  ] as const;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('dashboard.welcome', { name: user.name })}
        actions={
          <>
            <ButtonLink href="/organisations/new">{t('organisations.add')}</ButtonLink>
            <ButtonLink href="/business-relation/new" variant="primary">
              {t('businessRelation.add')}
            </ButtonLink>
          </>
        }
      />
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {tiles.map((tile) => (
          <div key={tile.key} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-sm text-slate-600">{t(`dashboard.counts.${tile.key}`)}</dt>
            <dd className="mt-1 text-2xl font-semibold" data-testid={`count-${tile.key}`}>
              {formatNumber(tile.value, locale)}
            </dd>
          </div>
        ))}
      </dl>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Panel title={t('dashboard.recentlyCreated')}>
          <RecentList rows={created} empty={t('dashboard.nothingYet')} locale={locale} kindLabel={kindLabel} />
        </Panel>
        <Panel title={t('dashboard.recentlyUpdated')}>
          <RecentList rows={updated} empty={t('dashboard.nothingYet')} locale={locale} kindLabel={kindLabel} />
        </Panel>
      </div>
      <MyDay userId={user.id} locale={locale} />
    </div>
  );
}
