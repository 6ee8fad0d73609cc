import { getLocale, getTranslations } from 'next-intl/server';
import { CountTiles } from '@/components/dashboard/count-tiles';
import { OpenActivities } from '@/components/dashboard/open-activities';
import { RecentList } from '@/components/dashboard/recent-list';
import { MyDay } from '@/components/dashboard/my-day';
import { ButtonLink } from '@/components/ui/button';
import { Panel, PageHeader } from '@/components/ui/page-header';
import type { Locale } from '@/db/schema';
import { requirePageUser } from '@/lib/auth/session';
import { getDashboardCounts, getOpenActivities, getRecentRecords } from '@/lib/dashboard/queries';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('dashboard.title') };
}

// The dashboard: [Add organisation] and [Add business relation], counts per kind (links to the lists), recent records
// (links to their cards) and the user's open activities (links to their records, the overdue ones marked).
export default async function DashboardPage() {
  const user = await requirePageUser();
  const [t, locale, counts, created, updated, activities] = await Promise.all([
    getTranslations(),
    getLocale() as Promise<Locale>,
    getDashboardCounts(),
    getRecentRecords('created'),
    getRecentRecords('updated'),
    getOpenActivities(user.id),
  ]);
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
      <CountTiles counts={counts} locale={locale} />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Panel title={t('dashboard.recentlyCreated')}>
          <RecentList rows={created} locale={locale} />
        </Panel>
        <Panel title={t('dashboard.recentlyUpdated')}>
          <RecentList rows={updated} locale={locale} />
        </Panel>
      </div>
      <MyDay userId={user.id} locale={locale} list={<OpenActivities activities={activities} locale={locale} />} />
    </div>
  );
}
