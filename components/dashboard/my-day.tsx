import Link from 'next/link';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Panel } from '@/components/ui/page-header';
import type { Locale } from '@/db/schema';
import { getOpenSummary } from '@/lib/activities/summary';
import { getBirthdays, getJubilees } from '@/lib/celebrations/queries';
import { formatDate } from '@/lib/i18n/format';

// The dashboard's "what to do today": my open activities (overdue and today counted, the next five listed) and
// celebration moments (birthdays in the next 7 days, employment jubilees in the next 30), each linking to its record;
// `list` shows the open activities themselves.
export async function MyDay({ userId, locale, list }: { userId: number; locale: Locale; list: ReactNode }) {
  const [t, summary, birthdays, jubilees] = await Promise.all([getTranslations(), getOpenSummary(userId), getBirthdays(), getJubilees()]);
  const more = (shown: number, total: number) => total > shown && <p className="mt-1 text-xs text-slate-500">{t('celebrations.more', { count: total - shown })}</p>;
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <Panel title={t('dashboard.myActivities')}>
        <p className="mb-3 flex flex-wrap gap-2 text-sm">
          <Link href="/activities" className={`rounded px-2 py-1 font-medium ${summary.overdue > 0 ? 'bg-red-700 text-white' : 'bg-slate-100 text-slate-700'}`} data-testid="dashboard-overdue">
            {t('dashboard.overdueCount', { count: summary.overdue })}
          </Link>
          <Link href="/activities" className="rounded bg-brand-50 px-2 py-1 font-medium text-brand-800">
            {t('dashboard.todayCount', { count: summary.today })}
          </Link>
        </p>
        {list}
        <Link href="/activities" className="mt-2 inline-block text-sm text-brand-700 underline">{t('dashboard.toMyWork')}</Link>
      </Panel>
      <Panel title={t('celebrations.title')}>
        <h3 className="text-sm font-semibold text-slate-700">{t('celebrations.birthdays')}</h3>
        {birthdays.rows.length === 0 ? (
          <p className="text-sm text-slate-500">{t('celebrations.noBirthdays')}</p>
        ) : (
          <ul className="mt-1 space-y-1 text-sm" data-testid="birthdays">
            {birthdays.rows.map((b) => (
              <li key={b.personId}>
                <Link href={`/persons/${b.personId}`} className="text-brand-700 underline">{b.name}</Link>
                <span className="text-slate-600"> · {t('celebrations.turns', { age: b.age, date: formatDate(b.date, locale) })}</span>
              </li>
            ))}
          </ul>
        )}
        {more(birthdays.rows.length, birthdays.total)}
        <h3 className="mt-4 text-sm font-semibold text-slate-700">{t('celebrations.jubilees')}</h3>
        {jubilees.rows.length === 0 ? (
          <p className="text-sm text-slate-500">{t('celebrations.noJubilees')}</p>
        ) : (
          <ul className="mt-1 space-y-1 text-sm" data-testid="jubilees">
            {jubilees.rows.map((j) => (
              <li key={`${j.id}-${j.years}`}>
                <Link href={`/persons-in-organisation/${j.id}`} className="text-brand-700 underline">{t('personsInOrganisation.rowName', { person: j.name, organisation: j.organisation })}</Link>
                <span className="text-slate-600"> · {t('celebrations.yearsOfService', { years: j.years, date: formatDate(j.date, locale) })}</span>
              </li>
            ))}
          </ul>
        )}
        {more(jubilees.rows.length, jubilees.total)}
      </Panel>
    </div>
  );
}
