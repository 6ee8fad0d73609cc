import { activityKindEnum, type ActivityKind } from '@/db/schema/activities';
import { dueGroups, type DueGroup } from './due';

type SearchParams = Record<string, string | string[] | undefined>;

// The work queue's state in its URL: ?kind=call&user=12&all=later (whose queue, which kind, one group in full).
export type QueueState = { kind: ActivityKind | null; userId: number | null; expand: DueGroup | null };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// The queue's state from its URL; anything unknown is ignored.
export function parseQueueState(query: SearchParams): QueueState {
  const user = Number(one(query.user));
  return {
    kind: activityKindEnum.enumValues.find((k) => k === one(query.kind)) ?? null,
    userId: Number.isSafeInteger(user) && user > 0 ? user : null,
    expand: dueGroups.find((g) => g === one(query.all)) ?? null,
  };
}

// The queue's address with its state changed.
export function queueHref(state: QueueState, patch: Partial<QueueState> = {}): string {
  const s = { ...state, ...patch };
  const q = new URLSearchParams();
  if (s.userId) q.set('user', String(s.userId));
  if (s.kind) q.set('kind', s.kind);
  if (s.expand) q.set('all', s.expand);
  return q.size ? `/activities?${q}` : '/activities';
}
