import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '@/db';
import { queryRows } from '@/db/rows';
import { parseListState, type ListState } from './params';
import { nearMissThreshold, withSearch, type ListSpec } from './query';
import type { Selection } from './selection';

// The rows of a list a bulk action works on, as a FROM item and WHERE over alias `r`: to be used as
// `… WHERE id IN (SELECT r.id FROM <from> WHERE <where>)`, so that ids never travel through the application.
export type Match = { from: SQL; where: SQL };

// Rebuilds a selection on the server from the list's own definition: picked ids among the live records, or the
// list's search and criteria with the search mode the user saw.
export function selectionMatch(spec: (state: ListState) => ListSpec, criteria: readonly string[], selection: Selection): Match {
  if ('ids' in selection) {
    const live = spec(parseListState({}, criteria));
    return { from: live.from, where: sql`${live.where} AND r.id IN (${sql.join(selection.ids.map((id) => sql`${id}`), sql`, `)})` };
  }
  const state = parseListState(Object.fromEntries(new URLSearchParams(selection.matching)), criteria);
  const resolved = withSearch(spec(state), selection.nearMisses ? 0 : nearMissThreshold);
  return { from: resolved.from, where: resolved.where };
}

// The exact number of rows a match holds, at any size (for the confirmation of a bulk action).
export async function countMatch(db: Db | Tx, match: Match): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${match.from} WHERE ${match.where}`);
  return row.n;
}

// The SQL of the ids a match holds, for `WHERE id IN (…)` in set-based writes.
export const matchIds = (match: Match): SQL => sql`SELECT r.id FROM ${match.from} WHERE ${match.where}`;
