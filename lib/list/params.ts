import { parseDutchDate } from '@/lib/validation/dates';
import { z } from 'zod';

// Page sizes offered in every list.
export const pageSizes = [10, 25, 50, 100] as const;

// Above this many rows a list shows "10,000+" instead of counting further.
export const countCap = 10000;

// The state of a list as the URL holds it: search text, criteria, sort, page, page size, columns.
export type ListState<C extends string = string> = {
  q: string;
  sort: string | null;
  dir: 'asc' | 'desc';
  page: number;
  per: number;
  cols: string[] | null;
  criteria: Partial<Record<C, string>>;
  // The advanced criteria (the `c` parameter: a criteria tree, see encodeCriteria), when there are any.
  where?: string;
  // The saved search the state was opened from (`s`), when it was.
  saved?: number;
};

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

const base = z.object({
  q: z.string().trim().max(200).catch(''),
  sort: z.string().regex(/^[a-zA-Z]+$/).nullable().catch(null),
  dir: z.enum(['asc', 'desc']).catch('asc'),
  page: z.coerce.number().int().min(1).max(100000).catch(1),
  per: z.coerce
    .number()
    .int()
    .refine((n) => (pageSizes as readonly number[]).includes(n))
    .catch(25),
  cols: z
    .string()
    .regex(/^[a-zA-Z,]+$/)
    .transform((s) => s.split(',').filter(Boolean))
    .nullable()
    .catch(null),
});

// Reads a list's state from the URL leniently: a bad value falls back to its default, never an error.
export function parseListState<C extends string>(params: SearchParams, criteriaKeys: readonly C[]): ListState<C> {
  const parsed = base.parse({
    q: first(params.q) ?? '',
    sort: first(params.sort) ?? null,
    dir: first(params.dir) ?? 'asc',
    page: first(params.page) ?? 1,
    per: first(params.per) ?? 25,
    cols: first(params.cols) ?? null,
  });
  const criteria: Partial<Record<C, string>> = {};
  for (const key of criteriaKeys) {
    const value = first(params[key])?.trim();
    if (value) criteria[key] = value.slice(0, 200);
  }
  const where = first(params.c)?.trim();
  const saved = /^\d{1,9}$/.test(first(params.s) ?? '') ? Number(first(params.s)) : undefined;
  return { ...parsed, criteria, ...(where && where.length <= 4000 ? { where } : {}), ...(saved ? { saved } : {}) };
}

// The query string of a list state (defaults left out, so URLs stay short and stable).
export function listQuery<C extends string>(state: ListState<C>, patch: Partial<ListState<C>> = {}): string {
  const s = { ...state, ...patch, criteria: { ...state.criteria, ...(patch.criteria ?? {}) } };
  const out = new URLSearchParams();
  if (s.q) out.set('q', s.q);
  for (const [k, v] of Object.entries(s.criteria)) if (v) out.set(k, String(v));
  if (s.where) out.set('c', s.where);
  if (s.sort) out.set('sort', s.sort);
  if (s.sort && s.dir === 'desc') out.set('dir', 'desc');
  if (s.page > 1) out.set('page', String(s.page));
  if (s.per !== 25) out.set('per', String(s.per));
  if (s.cols) out.set('cols', s.cols.join(','));
  if (s.saved) out.set('s', String(s.saved));
  return out.toString();
}

// A link to the list with some of its state changed.
export function listHref<C extends string>(path: string, state: ListState<C>, patch: Partial<ListState<C>> = {}): string {
  const qs = listQuery(state, patch);
  return qs ? `${path}?${qs}` : path;
}

// The list query a card was opened from (its `from` parameter), or ''.
export function cardOrigin(query: SearchParams): string {
  return typeof query.from === 'string' ? query.from : '';
}

// A link to a card (optionally one of its tabs), keeping the list it was opened from.
export function cardHref(basePath: string, id: number, from: string, tab?: string): string {
  const q = new URLSearchParams();
  if (tab) q.set('tab', tab);
  if (from) q.set('from', from);
  return `${basePath}/${id}${q.size ? `?${q}` : ''}`;
}

// A date criterion from the URL as ISO (typed as 22-11-2026 or 2026-11-22), or null when it is no date.
export function criterionDate(value: string | undefined): string | null {
  return value ? parseDutchDate(value) : null;
}
