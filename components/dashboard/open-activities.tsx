import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/db/schema';
import type { OpenActivity } from '@/lib/dashboard/queries';
import { formatDateTime } from '@/lib/i18n/format';
import { cardPath } from '@/lib/navigation';

// The user's open activities, soonest first, each with a link to the record it is about; the overdue ones in red
// with "Overdue" written out.
export async function OpenActivities({ activities, locale }: { activities: OpenActivity[]; locale: Locale }) {
  const t = await getTranslations();
  if (activities.length === 0) return <p className="text-sm text-slate-500">{t('dashboard.noActivities')}</p>;
  return (
    <ul className="space-y-2">
      {activities.map((a) => {
        const due = formatDateTime(a.dueAt, locale);
        const record = a.record.organisation ? t('personsInOrganisation.rowName', { person: a.record.name, organisation: a.record.organisation }) : a.record.name;
        return (
          <li
            key={a.id}
            data-testid={`activity-${a.id}`}
            data-overdue={a.overdue}
            className={`flex flex-col gap-1 rounded-md border-l-4 px-3 py-2 sm:flex-row sm:items-baseline sm:justify-between sm:gap-3 ${a.overdue ? 'border-red-600 bg-red-50' : 'border-slate-200 bg-white'}`}
          >
            <span className="min-w-0">
              <span className="mr-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-700">{t(`activities.kinds.${a.kind}`)}</span>
              <span className="font-medium">{a.subject}</span>
              {' · '}
              <Link href={cardPath(a.record.kind, a.record.id)} className="break-words text-brand-700 underline">
                {record}
              </Link>
            </span>
            <span className={`shrink-0 text-xs ${a.overdue ? 'font-semibold text-red-800' : 'text-slate-500'}`}>
              {a.overdue && <span className="mr-1 rounded bg-red-700 px-1.5 py-0.5 font-semibold text-white">{t('dashboard.overdue')}</span>}
              {a.overdue ? t('dashboard.overdueSince', { at: due }) : t('dashboard.dueAt', { at: due })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
