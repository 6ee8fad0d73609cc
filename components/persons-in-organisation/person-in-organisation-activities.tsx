import { getLocale, getTranslations } from 'next-intl/server';
import { Panel } from '@/components/ui/page-header';
import type { Locale } from '@/db/schema';
import { getActivitiesOf } from '@/lib/activities/queries';
import { formatDateTime } from '@/lib/i18n/format';

// The activities logged on a person in organisation, pinned notes first, then newest.
export async function PersonInOrganisationActivities({ id }: { id: number }) {
  const [t, locale, rows] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>, getActivitiesOf('personInOrganisation', id)]);
  return (
    <Panel title={t('personsInOrganisation.activitiesTitle')}>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{t('personsInOrganisation.noActivities')}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {rows.map((a) => (
            <li key={a.id} className="py-2 text-sm">
              <span className="mr-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-700">{t(`activities.kinds.${a.kind}`)}</span>
              <span className={a.done ? 'line-through' : 'font-medium'}>{a.subject}</span>
              {a.dueAt && <span className="ml-2 text-slate-500">{formatDateTime(a.dueAt, locale)}</span>}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
