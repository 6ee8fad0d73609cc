import { activityKindEnum, type ActivityKind } from '@/db/schema/activities';

type SearchParams = Record<string, string | string[] | undefined>;

// How the activities of a card are sorted: pinned always first, then newest, by due date, by author or by priority.
export const activitySorts = ['newest', 'date', 'author', 'priority'] as const;
export type ActivitySort = (typeof activitySorts)[number];

// Which activities a card shows: all, open, done, or (CRM Super users) the deleted ones.
export const activityShows = ['all', 'open', 'done', 'deleted'] as const;
export type ActivityShow = (typeof activityShows)[number];

// The activities panel's state in the card's URL: ?asort=priority&ashow=open&akind=call&amore=1.
export type ActivityCardState = { sort: ActivitySort; show: ActivityShow; kind: ActivityKind | null; limit: number };

// How many activities a card shows at first, and how many more each "show more" adds.
export const activityPageSize = 25;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const pick = <T extends string>(values: readonly T[], v: string | undefined): T | undefined => values.find((x) => x === v);

// The panel's state from the card's query; anything unknown falls back to the default (never an error).
export function parseActivityCardState(query: SearchParams, canSeeDeleted: boolean): ActivityCardState {
  const show = pick(activityShows, one(query.ashow)) ?? 'all';
  const more = Number(one(query.amore));
  return {
    sort: pick(activitySorts, one(query.asort)) ?? 'newest',
    show: show === 'deleted' && !canSeeDeleted ? 'all' : show,
    kind: pick(activityKindEnum.enumValues, one(query.akind)) ?? null,
    limit: activityPageSize * (Number.isInteger(more) && more > 0 && more < 100 ? more + 1 : 1),
  };
}

// The card's query with the panel's state changed (other parameters, like `from` and `tab`, are kept).
export function activityCardQuery(query: SearchParams, patch: Partial<{ asort: string; ashow: string; akind: string; amore: string }>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (typeof v === 'string' && !(k in patch)) q.set(k, v);
  for (const [k, v] of Object.entries(patch)) if (v) q.set(k, v);
  if (!('amore' in patch)) q.delete('amore');
  return q.size ? `?${q}` : '';
}
