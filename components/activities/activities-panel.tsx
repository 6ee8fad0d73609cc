import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Panel } from '@/components/ui/page-header';
import { activityKindEnum } from '@/db/schema';
import { activityCardQuery, activityPageSize, activityShows, activitySorts, parseActivityCardState } from '@/lib/activities/card-state';
import { mayChangeActivity } from '@/lib/activities/permissions';
import { getRecordActivities } from '@/lib/activities/queries';
import type { ActivitySubjectKind } from '@/lib/activities/validations';
import { hasRole } from '@/lib/auth/roles';
import { requirePageUser } from '@/lib/auth/session';
import { getLookups } from '@/lib/lookups';
import { ActivityItem } from './activity-item';
import { AddActivity } from './add-activity';
import { kindLabel } from './labels';

type Query = Record<string, string | string[] | undefined>;

const sortLabels = { newest: 'activities.sorts.newest', date: 'activities.sorts.date', author: 'activities.sorts.author', priority: 'activities.sorts.priority' } as const;
const showLabels = { all: 'activities.shows.all', open: 'activities.shows.open', done: 'activities.shows.done', deleted: 'activities.shows.deleted' } as const;

function Choices({ label, items }: { label: string; items: { key: string; label: string; href: string; current: boolean }[] }) {
  return (
    <div className="flex flex-wrap items-center gap-1 text-sm">
      <span className="mr-1 text-slate-500">{label}</span>
      {items.map((i) => (
        <Link key={i.key} href={i.href} scroll={false} aria-current={i.current ? 'true' : undefined} className="rounded-full border border-slate-200 px-2.5 py-1 text-slate-700 hover:bg-slate-100 aria-[current=true]:border-brand-600 aria-[current=true]:bg-brand-50 aria-[current=true]:text-brand-800">
          {i.label}
        </Link>
      ))}
    </div>
  );
}

// The activities of a record on its card: add, complete, edit, delete inline; pinned first, then newest or the
// chosen order; filtered by state and kind; all of it in the card's URL (asort, ashow, akind, amore). A deleted
// record's activities (`closed`) are read-only.
export async function ActivitiesPanel({ kind, id, basePath, query = {}, closed = false }: { kind: ActivitySubjectKind; id: number; basePath: string; query?: Query; closed?: boolean }) {
  const user = await requirePageUser();
  const isSuper = hasRole(user.role, 'crm_super');
  const state = parseActivityCardState(query, isSuper);
  const [t, lookups, { rows, total }] = await Promise.all([getTranslations(), getLookups(), getRecordActivities(kind, id, state)]);
  const href = (patch: Parameters<typeof activityCardQuery>[1]) => `${basePath}/${id}${activityCardQuery(query, patch)}#activities`;
  const shows = activityShows.filter((s) => s !== 'deleted' || isSuper);
  return (
    <div id="activities">
      <Panel title={t('activities.titleCount', { count: total })}>
        <div className="mb-3 flex flex-col gap-2">
          <Choices label={t('activities.sortBy')} items={activitySorts.map((s) => ({ key: s, label: t(sortLabels[s]), href: href({ asort: s === 'newest' ? '' : s }), current: state.sort === s }))} />
          <Choices label={t('activities.show')} items={shows.map((s) => ({ key: s, label: t(showLabels[s]), href: href({ ashow: s === 'all' ? '' : s }), current: state.show === s }))} />
          <Choices
            label={t('activities.kindFilter')}
            items={[{ key: 'any', label: t('activities.anyKind'), href: href({ akind: '' }), current: !state.kind }, ...activityKindEnum.enumValues.map((k) => ({ key: k, label: t(kindLabel(k)), href: href({ akind: k }), current: state.kind === k }))]}
          />
        </div>
        {!closed && <AddActivity on={kind} onId={id} users={lookups.activeUsers} me={user.id} />}
        {rows.length === 0 ? (
          <p className="mt-3 text-sm text-slate-500">{t('activities.none')}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100">
            {rows.map((row) => (
              <ActivityItem key={`${row.id}-${row.version}`} row={row} on={kind} canChange={!closed && mayChangeActivity(row, user)} canRestore={isSuper && !closed} users={lookups.activeUsers} me={user.id} />
            ))}
          </ul>
        )}
        {total > rows.length && (
          <Link href={href({ amore: String(rows.length / activityPageSize) })} scroll={false} className="mt-3 inline-block text-sm text-brand-700 underline">
            {t('activities.showMore', { shown: rows.length, total })}
          </Link>
        )}
      </Panel>
    </div>
  );
}
