import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { groupLabels, kindLabel } from '@/components/activities/labels';
import { QueueItem } from '@/components/activities/queue-item';
import { CalendarFeedPanel } from '@/components/calendar/calendar-feed-panel';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { PageHeader, Panel } from '@/components/ui/page-header';
import { activityKindEnum } from '@/db/schema';
import { mayChangeActivity } from '@/lib/activities/permissions';
import { getWorkQueue } from '@/lib/activities/queue';
import { parseQueueState, queueHref } from '@/lib/activities/queue-state';
import { hasRole } from '@/lib/auth/roles';
import { requirePageUser } from '@/lib/auth/session';
import { getCalendarFeed } from '@/lib/calendar/queries';
import { getLookups } from '@/lib/lookups';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('nav.myWork') };
}

// My work: my open activities grouped Overdue · Today · Tomorrow · This week · Later · No date, with counts and
// one-click complete / reschedule; filter by kind; CRM Super users and admins can open a colleague's queue.
export default async function WorkQueuePage({ searchParams }: Props) {
  const user = await requirePageUser();
  const state = parseQueueState(await searchParams);
  const isSuper = hasRole(user.role, 'crm_super');
  const lookups = await getLookups();
  const ownerId = isSuper && state.userId && lookups.users.has(state.userId) ? state.userId : user.id;
  const view = { ...state, userId: ownerId === user.id ? null : ownerId };
  const [t, groups, feed] = await Promise.all([getTranslations(), getWorkQueue(ownerId, { kind: view.kind, expand: view.expand }), ownerId === user.id ? getCalendarFeed(user.id) : null]);
  const chip = 'rounded-full border border-slate-200 px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-100 aria-[current=true]:border-brand-600 aria-[current=true]:bg-brand-50 aria-[current=true]:text-brand-800';
  return (
    <div className="space-y-4">
      <PageHeader title={ownerId === user.id ? t('nav.myWork') : t('activities.queueOf', { name: lookups.users.get(ownerId) ?? '' })} />
      <div className="flex flex-col gap-3 lg:flex-row lg:items-center lg:justify-between">
        <nav aria-label={t('activities.fields.kind')} className="flex flex-wrap gap-1">
          <Link href={queueHref(view, { kind: null, expand: null })} aria-current={!view.kind ? 'true' : undefined} className={chip}>{t('activities.anyKind')}</Link>
          {activityKindEnum.enumValues.map((k) => (
            <Link key={k} href={queueHref(view, { kind: k, expand: null })} aria-current={view.kind === k ? 'true' : undefined} className={chip}>{t(kindLabel(k))}</Link>
          ))}
        </nav>
        {isSuper && (
          <form action="/activities" className="flex items-end gap-2">
            {view.kind && <input type="hidden" name="kind" value={view.kind} />}
            <div>
              <label htmlFor="queue-user" className="block text-xs font-medium text-slate-600">{t('activities.queueUser')}</label>
              <select id="queue-user" name="user" defaultValue={ownerId} className={`${inputClass} w-56`}>
                {lookups.activeUsers.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
              </select>
            </div>
            <Button type="submit" variant="secondary">{t('activities.openQueue')}</Button>
          </form>
        )}
      </div>
      {groups.map((g) => (
        <Panel key={g.group} className={g.group === 'overdue' && g.count > 0 ? 'border-red-300' : ''}>
          <h2 id={`group-${g.group}`} className={`mb-2 text-base font-semibold ${g.group === 'overdue' && g.count > 0 ? 'text-red-800' : 'text-slate-800'}`}>
            {t(groupLabels[g.group])} <span className="ml-1 rounded-full bg-slate-100 px-2 py-0.5 text-sm text-slate-700" data-testid={`count-${g.group}`}>{g.count}</span>
          </h2>
          {g.rows.length === 0 ? (
            <p className="text-sm text-slate-500">{t('activities.groupEmpty')}</p>
          ) : (
            <ul aria-labelledby={`group-${g.group}`} className="divide-y divide-slate-100">
              {g.rows.map((row) => <QueueItem key={`${row.id}-${row.version}`} row={row} canChange={mayChangeActivity(row, user)} />)}
            </ul>
          )}
          {g.count > g.rows.length && (
            <Link href={queueHref(view, { expand: g.group })} className="mt-2 inline-block text-sm text-brand-700 underline">{t('activities.showAllOfGroup', { count: g.count })}</Link>
          )}
        </Panel>
      ))}
      {feed && <CalendarFeedPanel active={feed.active} createdAt={feed.createdAt} version={feed.version} />}
    </div>
  );
}
