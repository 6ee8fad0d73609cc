import { z } from 'zod';

// At most this many rows can be picked one by one; beyond it the selection is "all matching" the list.
export const selectionCap = 1000;

const recordId = z.number().int().positive().max(2147483647);

// Rows a bulk action works on, as the browser sends them and the server re-derives them: rows picked by id
// (capped, deduplicated), or every row matching the list as the user saw it — the list's query string, whether
// its search took in near misses then (fixed, so that the set cannot drift with the number of matches), and the
// count the user was shown, to say before acting when the result changed meanwhile.
export const selectionSchema = z.union([
  z.object({ ids: z.array(recordId).min(1).max(selectionCap).transform((ids) => [...new Set(ids)]) }).strict(),
  z.object({ matching: z.string().max(8000), nearMisses: z.boolean(), expectedCount: z.number().int().min(0) }).strict(),
]);

export type Selection = z.output<typeof selectionSchema>;

// The part of a list's query string that decides which rows match (search and criteria), leaving out sort,
// page, page size, columns and the saved search it was opened from: a selection holds while only those change.
export function resultKey(query: string): string {
  const params = new URLSearchParams(query);
  for (const key of ['sort', 'dir', 'page', 'per', 'cols', 's']) params.delete(key);
  params.sort();
  return params.toString();
}
