import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db';
import { queryRows } from '@/db/rows';
import { countCap, type ListState } from './params';

// How a list is read: its table (aliased), its filter, and its sortable expressions. The table alias
// must be `r`; every row has an integer `r.id`, the tie-breaker of every sort.
export type ListSpec = {
  from: SQL;
  where: SQL;
  sorts: Record<string, SQL>;
  defaultSort: { key: string; dir: 'asc' | 'desc' };
  // When searching without an explicit sort: an ascending key that puts the best matches first.
  relevance?: SQL | null;
  // A text search, not yet part of `where`: see resolveSearch.
  search?: ListSearch | null;
};

// A text search in two parts: rows containing the words, and near misses (typos) resembling them.
export type ListSearch = { exact: SQL; near: SQL };

// Near misses are searched for only when the words themselves are found fewer times than this: they rank after
// every exact match, so beyond it they would only lengthen the list behind pages nobody reaches.
export const nearMissThreshold = 100;

// The SQL counting a search's exact matches, up to nearMissThreshold.
export function exactMatchesQuery(spec: ListSpec): SQL | null {
  if (!spec.search) return null;
  return sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${spec.from} WHERE ${spec.where} AND ${spec.search.exact} LIMIT ${nearMissThreshold}) c`;
}

// The list with its search made part of `where`, given how many exact matches there are.
export function withSearch(spec: ListSpec, exactMatches: number): ListSpec {
  if (!spec.search) return spec;
  const { exact, near } = spec.search;
  const match = exactMatches >= nearMissThreshold ? exact : sql`(${exact} OR ${near})`;
  return { ...spec, where: sql`${spec.where} AND ${match}`, search: null };
}

// The list with its search made part of `where`: near misses only when the words are found fewer than
// nearMissThreshold times.
export async function resolveSearch(db: Db, spec: ListSpec): Promise<ListSpec> {
  const query = exactMatchesQuery(spec);
  if (!query) return spec;
  const [row] = await queryRows<{ n: number }>(db, query);
  return withSearch(spec, row.n);
}

// A page of rows and the number of matching rows (capped at countCap; `capped` says so).
export type ListPage<R> = { rows: R[]; count: number; capped: boolean };

function ordering(spec: ListSpec, state: ListState): { expr: SQL; dir: 'asc' | 'desc' } {
  if (state.sort && spec.sorts[state.sort]) return { expr: spec.sorts[state.sort], dir: state.dir };
  if (spec.relevance) return { expr: spec.relevance, dir: 'asc' };
  return { expr: spec.sorts[spec.defaultSort.key], dir: spec.defaultSort.dir };
}

function orderBy(expr: SQL, dir: 'asc' | 'desc'): SQL {
  const d = sql.raw(dir === 'desc' ? 'DESC' : 'ASC');
  return sql`${expr} ${d}, r.id ${d}`;
}

// The SQL of a capped count: a huge result costs no more than countCap index entries.
export function countQuery(spec: ListSpec): SQL {
  return sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${spec.from} WHERE ${spec.where} LIMIT ${countCap + 1}) c`;
}

// Whether a list state is ordered by search relevance (a search with no sort chosen).
function ranked(spec: ListSpec, state: ListState): boolean {
  return !(state.sort && spec.sorts[state.sort]) && !!spec.relevance;
}

// The SQL of one page of a list. The page's ids are found first (an index-only scan where an index serves the
// sort), and only those rows are read in full: rows skipped by OFFSET never have their columns computed. A search
// ordered by relevance reads every match to rank it anyway, so its rows carry the number of matches ("total").
export function pageQuery(spec: ListSpec, state: ListState, select: SQL): SQL {
  const { expr, dir } = ordering(spec, state);
  const order = orderBy(expr, dir);
  const total = ranked(spec, state) ? sql`count(*) OVER ()` : sql`NULL::int`;
  const ids = sql`SELECT r.id, ${total} AS total FROM ${spec.from} WHERE ${spec.where} ORDER BY ${order} LIMIT ${state.per} OFFSET ${(state.page - 1) * state.per}`;
  return sql`SELECT ${select}, k.total::int AS "listTotal" FROM ${spec.from} JOIN (${ids}) k ON k.id = r.id ORDER BY ${order}`;
}

// The queries behind one page of a list: the page, and the capped count unless the page brings its total.
export function listQueries(spec: ListSpec, state: ListState, select: SQL): SQL[] {
  return ranked(spec, state) ? [pageQuery(spec, state, select)] : [pageQuery(spec, state, select), countQuery(spec)];
}

// Counts matching rows up to the cap.
export async function countRows(db: Db, spec: ListSpec): Promise<{ count: number; capped: boolean }> {
  const [row] = await queryRows<{ n: number }>(db, countQuery(spec));
  return { count: Math.min(row.n, countCap), capped: row.n > countCap };
}

// One page of a list with its count, fetched together.
export async function fetchListPage<R>(db: Db, searched: ListSpec, state: ListState, select: SQL): Promise<ListPage<R>> {
  const spec = await resolveSearch(db, searched);
  const [pageSql, countSql] = listQueries(spec, state, select);
  const [page, total] = await Promise.all([
    queryRows<R & { listTotal: number | null }>(db, pageSql),
    countSql ? countRows(db, spec) : Promise.resolve(null),
  ]);
  const rows = page.map(({ listTotal: _total, ...row }) => row as unknown as R);
  if (total) return { rows, ...total };
  const n = page[0]?.listTotal;
  // A page past the end of a search has no rows to bring the total: count apart.
  if (n == null) return { rows, ...(state.page > 1 ? await countRows(db, spec) : { count: 0, capped: false }) };
  return { rows, count: Math.min(n, countCap), capped: n > countCap };
}

// Where one record stands in a list: its position ("3 of 1,284") and the records before and after it.
export type Neighbours = { position: number; count: number; capped: boolean; prevId: number | null; nextId: number | null };

// Finds a record's neighbours in the exact result (criteria + sort) with keyset conditions, not a scan.
export async function findNeighbours(db: Db, searched: ListSpec, state: ListState, id: number): Promise<Neighbours | null> {
  const spec = await resolveSearch(db, searched);
  const { expr, dir } = ordering(spec, state);
  const [current] = await queryRows<{ k: unknown }>(db, sql`SELECT ${expr} AS k FROM ${spec.from} WHERE ${spec.where} AND r.id = ${id}`);
  if (!current) return null;
  const key = sql`(${expr}, r.id)`;
  const at = sql`(${current.k}, ${id}::int)`;
  const [before, after] = dir === 'asc' ? [sql`${key} < ${at}`, sql`${key} > ${at}`] : [sql`${key} > ${at}`, sql`${key} < ${at}`];
  const flip = dir === 'asc' ? 'desc' : 'asc';
  const [prev, next, position, total] = await Promise.all([
    queryRows<{ id: number }>(db, sql`SELECT r.id FROM ${spec.from} WHERE ${spec.where} AND ${before} ORDER BY ${orderBy(expr, flip)} LIMIT 1`),
    queryRows<{ id: number }>(db, sql`SELECT r.id FROM ${spec.from} WHERE ${spec.where} AND ${after} ORDER BY ${orderBy(expr, dir)} LIMIT 1`),
    queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${spec.from} WHERE ${spec.where} AND ${before} LIMIT ${countCap}) c`),
    countRows(db, spec),
  ]);
  return { position: position[0].n + 1, ...total, prevId: prev[0]?.id ?? null, nextId: next[0]?.id ?? null };
}
