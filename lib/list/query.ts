import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db';
import { queryRows } from '@/db/rows';
import { countCap, type ListState } from './params';

// A sort on the order of a referenced record (an account manager by name, a status by its place in its choice
// list). `ranks` lists every value the column can hold, NULL included, with its rank (`v`, `rank`); equal sort
// keys share a rank, so rows tie exactly as they would on the key itself, and are then ordered by id.
export type ReferenceSort = { column: SQL; ranks: SQL };

// How a list can be sorted: an expression of the row (served by an index on (expression, id)), or a reference.
export type Sort = SQL | ReferenceSort;

// How a list is read: its table (aliased), its filter, and its sortable expressions. The table alias
// must be `r`; every row has an integer `r.id`, the tie-breaker of every sort.
export type ListSpec = {
  from: SQL;
  where: SQL;
  sorts: Record<string, Sort>;
  defaultSort: { key: string; dir: 'asc' | 'desc' };
  // When searching without an explicit sort: an ascending key that puts the best matches first.
  relevance?: SQL | null;
  // A text search, not yet part of `where`: see resolveSearch.
  search?: ListSearch | null;
  // Whether a search, criteria or the Deleted view narrow the list to fewer than all live records (unknown counts
  // as narrowed). An unnarrowed list sorted on a reference walks the index on (column, id) one referenced value at
  // a time; a narrowed one finds its rows through its criteria and sorts them on the rank looked up per row.
  narrowed?: boolean;
  // Set once the search is part of `where`: whether it took in near misses (typos) too.
  nearMisses?: boolean;
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
  const nearMisses = exactMatches < nearMissThreshold;
  const match = nearMisses ? sql`(${exact} OR ${near})` : exact;
  return { ...spec, where: sql`${spec.where} AND ${match}`, search: null, nearMisses };
}

// The list with its search made part of `where`: near misses only when the words are found fewer than
// nearMissThreshold times.
export async function resolveSearch(db: Db, spec: ListSpec): Promise<ListSpec> {
  const query = exactMatchesQuery(spec);
  if (!query) return spec;
  const [row] = await queryRows<{ n: number }>(db, query);
  return withSearch(spec, row.n);
}

// A reference sort on `column` of the list's row: every row of `table` (as `t`) ranked by `key`, and no
// reference ranked as `absent` (the key an empty reference sorts as, e.g. '' to come first). The arguments are
// SQL written in the list specs, never user input. The column needs an index on (column, id) for live records.
export function referenceSort(column: string, table: string, key: string, absent: string): ReferenceSort {
  return {
    column: sql.raw(`r.${column}`),
    ranks: sql.raw(`SELECT x.v, rank() OVER (ORDER BY x.key) AS rank FROM (SELECT t.id AS v, ${key} AS key FROM ${table} t UNION ALL SELECT NULL, ${absent}) x`),
  };
}

const isReference = (sort: Sort): sort is ReferenceSort => 'ranks' in sort && 'column' in sort;

// The rank of a reference sort as an expression of the row: two arrays built once per query (values and their
// ranks), looked up per row.
function rankOf(sort: ReferenceSort): SQL {
  const all = (column: 'v' | 'rank') => sql`ARRAY(SELECT q.${sql.raw(column)} FROM (${sort.ranks}) q ORDER BY q.v NULLS FIRST)`;
  return sql`(${all('rank')})[array_position(${all('v')}, ${sort.column})]`;
}

// The expression a sort orders by, row by row.
const sortKey = (sort: Sort): SQL => (isReference(sort) ? rankOf(sort) : sort);

// A page of rows and the number of matching rows (capped at countCap; `capped` says so); `nearMisses` says
// whether its search took in near misses, which a selection of all matching rows keeps to.
export type ListPage<R> = { rows: R[]; count: number; capped: boolean; nearMisses?: boolean };

type Dir = 'asc' | 'desc';

function ordering(spec: ListSpec, state: ListState): { sort: Sort; dir: Dir } {
  if (state.sort && spec.sorts[state.sort]) return { sort: spec.sorts[state.sort], dir: state.dir };
  if (spec.relevance) return { sort: spec.relevance, dir: 'asc' };
  return { sort: spec.sorts[spec.defaultSort.key], dir: spec.defaultSort.dir };
}

const keyword = (dir: Dir) => sql.raw(dir === 'desc' ? 'DESC' : 'ASC');

function orderBy(expr: SQL, dir: Dir): SQL {
  const d = keyword(dir);
  return sql`${expr} ${d}, r.id ${d}`;
}

// The reference sort a list is walked by: one it is ordered by, unless criteria narrow it.
const walked = (spec: ListSpec, sort: Sort): ReferenceSort | null => (isReference(sort) && spec.narrowed === false ? sort : null);

// A record's place in a reference sort: its rank and id.
type Mark = { rank: SQL; id: number };

// The rows of a list in the order of a reference sort, as a FROM item giving `x.id` and `k.rank`: for each
// referenced value in rank order, at most `perValue` of its rows in id order from the index on (column, id), the
// rows without a reference likewise. Ordered by k.rank, x.id, the planner sorts one rank's rows at a time and
// stops at the limit, so a page reads no more than its offset and size per value. A value's rows are matched
// with `= ANY(ARRAY[…])` and ordered by (column, id) so that only that index can serve them: with a plain
// equality the planner may walk the primary key instead and filter, reading the whole table for a value that
// no record has. With `past`, only the rows beyond that record in this direction.
function walk(spec: ListSpec, sort: ReferenceSort, dir: Dir, perValue: number, past?: Mark): SQL {
  const d = keyword(dir);
  const from = past ? sql` WHERE q.rank ${sql.raw(dir === 'asc' ? '>=' : '<=')} ${past.rank}` : sql``;
  const keys = sql`SELECT q.v, q.rank FROM (${sort.ranks}) q${from} ORDER BY q.rank ${d}`;
  const bound = past
    ? sql` AND r.id ${sql.raw(dir === 'asc' ? '>' : '<')} CASE WHEN k.rank = ${past.rank} THEN ${past.id}::int ELSE ${sql.raw(dir === 'asc' ? '(-2147483648)::int' : '2147483647')} END`
    : sql``;
  const rows = (match: SQL) =>
    sql`(SELECT r.id FROM ${spec.from} WHERE ${spec.where} AND ${match}${bound} ORDER BY ${sort.column} ${d}, r.id ${d} LIMIT ${perValue})`;
  return sql`(${keys}) k CROSS JOIN LATERAL (${rows(sql`${sort.column} = ANY(ARRAY[k.v])`)} UNION ALL ${rows(sql`k.v IS NULL AND ${sort.column} IS NULL`)}) x`;
}

// The SQL of a capped count: a huge result costs no more than countCap index entries.
export function countQuery(spec: ListSpec): SQL {
  return sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${spec.from} WHERE ${spec.where} LIMIT ${countCap + 1}) c`;
}

// Whether a list state is ordered by search relevance (a search with no sort chosen).
function ranked(spec: ListSpec, state: ListState): boolean {
  return !!spec.relevance && ordering(spec, state).sort === spec.relevance;
}

// The SQL of one page of a list. The page's ids are found first (an index-only scan where an index serves the
// sort), and only those rows are read in full: rows skipped by OFFSET never have their columns computed. A search
// ordered by relevance reads every match to rank it anyway, so its rows carry the number of matches ("total").
export function pageQuery(spec: ListSpec, state: ListState, select: SQL): SQL {
  const { sort, dir } = ordering(spec, state);
  const offset = (state.page - 1) * state.per;
  const reference = walked(spec, sort);
  if (reference) {
    const d = keyword(dir);
    const ids = sql`SELECT x.id, k.rank FROM ${walk(spec, reference, dir, offset + state.per)} ORDER BY k.rank ${d}, x.id ${d} LIMIT ${state.per} OFFSET ${offset}`;
    return sql`SELECT ${select}, NULL::int AS "listTotal" FROM ${spec.from} JOIN (${ids}) k ON k.id = r.id ORDER BY k.rank ${d}, r.id ${d}`;
  }
  const order = orderBy(sortKey(sort), dir);
  const total = ranked(spec, state) ? sql`count(*) OVER ()` : sql`NULL::int`;
  const ids = sql`SELECT r.id, ${total} AS total FROM ${spec.from} WHERE ${spec.where} ORDER BY ${order} LIMIT ${state.per} OFFSET ${offset}`;
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
  const nearMisses = spec.nearMisses ?? false;
  if (total) return { rows, ...total, nearMisses };
  const n = page[0]?.listTotal;
  // A page past the end of a search has no rows to bring the total: count apart.
  if (n == null) return { rows, ...(state.page > 1 ? await countRows(db, spec) : { count: 0, capped: false }), nearMisses };
  return { rows, count: Math.min(n, countCap), capped: n > countCap, nearMisses };
}

// Where one record stands in a list: its position ("3 of 1,284") and the records before and after it.
export type Neighbours = { position: number; count: number; capped: boolean; prevId: number | null; nextId: number | null };

// Finds a record's neighbours in the exact result (criteria + sort) with keyset conditions, not a scan.
export async function findNeighbours(db: Db, searched: ListSpec, state: ListState, id: number): Promise<Neighbours | null> {
  const spec = await resolveSearch(db, searched);
  const { sort, dir } = ordering(spec, state);
  const reference = walked(spec, sort);
  const expr = sortKey(sort);
  // The record's sort key (a walked reference sort reads the record's rank within its own queries).
  const [current] = await queryRows<{ k: unknown }>(db, sql`SELECT ${reference ? sql`NULL` : expr} AS k FROM ${spec.from} WHERE ${spec.where} AND r.id = ${id}`);
  if (!current) return null;
  const flip = dir === 'asc' ? 'desc' : 'asc';
  let first: (d: Dir) => SQL;
  let before: SQL;
  if (reference) {
    const rank = sql`(SELECT q.rank FROM (${reference.ranks}) q WHERE q.v IS NOT DISTINCT FROM (SELECT ${reference.column} FROM ${spec.from} WHERE r.id = ${id}))`;
    first = (d) => sql`SELECT x.id FROM ${walk(spec, reference, d, 1, { rank, id })} ORDER BY k.rank ${keyword(d)}, x.id ${keyword(d)} LIMIT 1`;
    before = sql`SELECT 1 FROM ${walk(spec, reference, flip, countCap, { rank, id })} LIMIT ${countCap}`;
  } else {
    const key = sql`(${expr}, r.id)`;
    const at = sql`(${current.k}, ${id}::int)`;
    const beyond = (d: Dir) => (d === 'asc' ? sql`${key} > ${at}` : sql`${key} < ${at}`);
    first = (d) => sql`SELECT r.id FROM ${spec.from} WHERE ${spec.where} AND ${beyond(d)} ORDER BY ${orderBy(expr, d)} LIMIT 1`;
    // Ordered like the list, so the count walks the sort's index back from the record, not the whole table.
    before = sql`SELECT 1 FROM ${spec.from} WHERE ${spec.where} AND ${beyond(flip)} ORDER BY ${orderBy(expr, flip)} LIMIT ${countCap}`;
  }
  const [prev, next, position, total] = await Promise.all([
    queryRows<{ id: number }>(db, first(flip)),
    queryRows<{ id: number }>(db, first(dir)),
    queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM (${before}) c`),
    countRows(db, spec),
  ]);
  return { position: position[0].n + 1, ...total, prevId: prev[0]?.id ?? null, nextId: next[0]?.id ?? null };
}
