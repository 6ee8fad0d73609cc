import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Pool } from 'pg';
import { exactMatchesQuery, listQueries, withSearch, type ListSpec } from '../lib/list/query';
import type { ListState } from '../lib/list/params';
import { parseListState } from '../lib/list/params';
import { fold } from '../lib/list/fold';
import { organisationCriteria, organisationListColumns, organisationListSpec } from '../lib/organisations/list';
import { personCriteria, personListColumns, personListSpec } from '../lib/persons/list';
import {
  pageOrganisationNamesQuery,
  pagePersonNamesQuery,
  personInOrganisationCriteria,
  personInOrganisationListColumns,
  personInOrganisationListSpec,
} from '../lib/persons-in-organisation/list';
import { personSearchTerms } from '../lib/persons/names';
import { parseActivityCardState } from '../lib/activities/card-state';
import { recordActivitiesQuery } from '../lib/activities/card-sql';
import { badgeCountQuery, reminderQueries, workQueueQuery } from '../lib/activities/queue-sql';
import { feedActivitiesQuery } from '../lib/calendar/feed-sql';
import { hashFeedToken, newFeedToken } from '../lib/calendar/tokens';
import { organisationPrefixQuery, organisationSuggestionsQuery, personPrefixQuery, personSuggestionsQuery } from '../lib/typeahead/sql';

// Benchmark scenarios: a page or endpoint to load, and the SQL behind it run straight on pg as the floor.
export type FloorQuery = { text: string; values?: unknown[] };
export type Prepared = { path: string; floor: FloorQuery[] };
export type Scenario = {
  name: string;
  description: string;
  prepare: (pool: Pool, userId: number) => Promise<Prepared>;
  // Goals: p95 in ms, and the ratio of the page's p95 to the floor's p95.
  target?: { p95?: number; ratio?: number };
};

const dialect = new PgDialect();
const compile = (query: SQL): FloorQuery => {
  const q = dialect.sqlToQuery(query);
  return { text: q.sql, values: q.params };
};

// The queries a list page runs: for a search, the count of its exact matches first; then the page (and its count).
async function listFloor(pool: Pool, spec: ListSpec, state: ListState, select: SQL): Promise<FloorQuery[]> {
  const exact = exactMatchesQuery(spec);
  if (!exact) return listQueries(spec, state, select).map(compile);
  const counted = compile(exact);
  const { rows } = await pool.query(counted.text, counted.values as unknown[]);
  return [counted, ...listQueries(withSearch(spec, rows[0].n), state, select).map(compile)];
}

// The small reads every list page does besides the list itself (names of users, segments, choice values).
const lookupFloor: FloorQuery[] = [
  { text: 'SELECT id, name, active FROM users' },
  { text: 'SELECT id, name FROM segments' },
  { text: 'SELECT id, label FROM choice_list_entries' },
  { text: 'SELECT l.key, e.id, e.label, e.active FROM choice_list_entries e JOIN choice_lists l ON l.id = e.choice_list_id WHERE e.deleted_at IS NULL ORDER BY e.sort_order, e.label' },
  { text: 'SELECT * FROM segments WHERE deleted_at IS NULL ORDER BY sort_order, name' },
];

// An organisations list scenario: the page for these URL parameters, and the app's own list SQL as the floor.
export function organisationList(name: string, description: string, params: (pool: Pool) => Promise<Record<string, string>>, target = { p95: 150, ratio: 3 }): Scenario {
  return {
    name,
    description,
    target,
    prepare: async (pool, userId) => {
      const p = await params(pool);
      const state = parseListState(p, organisationCriteria);
      const spec = organisationListSpec(state, userId, false);
      return {
        path: `/organisations?${new URLSearchParams(p)}`,
        floor: [...(await listFloor(pool, spec, state, organisationListColumns)), ...lookupFloor],
      };
    },
  };
}

// A persons list scenario: the page for these URL parameters, and the app's own list SQL as the floor.
export function personList(name: string, description: string, params: (pool: Pool) => Promise<Record<string, string>>, target = { p95: 150, ratio: 3 }): Scenario {
  return {
    name,
    description,
    target,
    prepare: async (pool, userId) => {
      const p = await params(pool);
      const state = parseListState(p, personCriteria);
      const spec = personListSpec(state, false, userId);
      return { path: `/persons?${new URLSearchParams(p)}`, floor: await listFloor(pool, spec, state, personListColumns) };
    },
  };
}

// A persons in organisation list scenario: the page, and as the floor the app's own list SQL plus the
// lookups naming the page's persons and organisations.
export function personInOrganisationList(name: string, description: string, params: (pool: Pool) => Promise<Record<string, string>>, target = { p95: 150, ratio: 3 }): Scenario {
  return {
    name,
    description,
    target,
    prepare: async (pool, userId) => {
      const p = await params(pool);
      const state = parseListState(p, personInOrganisationCriteria);
      const spec = personInOrganisationListSpec(state, false, userId);
      const list = listQueries(spec, state, personInOrganisationListColumns).map(compile);
      const { rows } = await pool.query(list[0].text, list[0].values as unknown[]);
      return {
        path: `/persons-in-organisation?${new URLSearchParams(p)}`,
        floor: [
          ...list,
          compile(pagePersonNamesQuery(rows.map((r) => r.personId))),
          compile(pageOrganisationNamesQuery(rows.map((r) => r.organisationId))),
          { text: "SELECT query FROM saved_views WHERE user_id = $1 AND list = 'persons_in_organisation' AND is_default AND deleted_at IS NULL", values: [userId] },
          ...lookupFloor,
        ],
      };
    },
  };
}

// A picker scenario: the typeahead endpoint for a query, and as the floor the steps of its SQL that the app runs
// (the prefix lookup, and the containment search only when the prefix left room).
function typeahead(name: string, kind: 'organisations' | 'persons', q: string): Scenario {
  return {
    name,
    description: `typeahead: /api/typeahead/${kind}?q=${q}`,
    target: { p95: 50 },
    prepare: async (pool) => {
      const terms = personSearchTerms(q);
      const prefix = compile(kind === 'organisations' ? organisationPrefixQuery(fold(q), 10) : personPrefixQuery(terms, 10));
      const contains = compile(kind === 'organisations' ? organisationSuggestionsQuery(fold(q), 10) : personSuggestionsQuery(terms, 10));
      const { rowCount } = await pool.query(prefix.text, prefix.values as unknown[]);
      return { path: `/api/typeahead/${kind}?q=${encodeURIComponent(q)}`, floor: (rowCount ?? 0) < 10 ? [prefix, contains] : [prefix] };
    },
  };
}

export const scenarios: Scenario[] = [
  { name: 'health', description: 'GET /api/health', prepare: async () => ({ path: '/api/health', floor: [{ text: 'SELECT 1' }] }) },
  {
    name: 'signed-in',
    description: 'GET /api/typeahead/organisations?q= — a signed-in request with no work of its own: what checking the session costs',
    // The floor is the session lookup the proxy runs (lib/auth/sessions.ts checkSession) for the bench's own session.
    prepare: async (pool) => {
      const { rows } = await pool.query('SELECT id FROM sessions ORDER BY created_at DESC LIMIT 1');
      const text = 'SELECT u.id, u.name, u.email, u.role, u.locale FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1 AND s.expires_at > now() AND u.active AND u.deleted_at IS NULL';
      return { path: '/api/typeahead/organisations?q=', floor: [{ text, values: [rows[0].id] }] };
    },
  },
  {
    name: 'dashboard',
    description: 'dashboard: counts, recently created/updated, my activities',
    prepare: async (_pool, userId) => ({
      path: '/',
      floor: [
        { text: "SELECT table_name, sum(delta)::int FROM record_count_deltas GROUP BY table_name UNION ALL SELECT 'segments', count(*)::int FROM segments WHERE deleted_at IS NULL" },
        { text: 'SELECT id, name, created_at FROM organisations WHERE deleted_at IS NULL ORDER BY created_at DESC LIMIT 8' },
        { text: 'SELECT id, name, updated_at FROM organisations WHERE deleted_at IS NULL ORDER BY updated_at DESC LIMIT 8' },
        {
          text: `SELECT a.id, o.name, p.last_name FROM (SELECT * FROM activities WHERE assigned_to_id = $1 AND deleted_at IS NULL AND NOT done AND due_at IS NOT NULL ORDER BY due_at LIMIT 8) a
                   LEFT JOIN persons_in_organisation r ON r.id = a.person_in_organisation_id
                   LEFT JOIN organisations o ON o.id = coalesce(r.organisation_id, a.organisation_id)
                   LEFT JOIN persons p ON p.id = coalesce(r.person_id, a.person_id) ORDER BY a.due_at, a.id`,
          values: [userId],
        },
      ],
    }),
  },
  organisationList('org-list', 'organisations: default list (name order, page 1)', async () => ({})),
  organisationList('org-search', 'organisations: search "bakker" (trigram, best match first)', async () => ({ q: 'bakker' })),
  organisationList('org-city-status', 'organisations: city + status filter, sorted by name', async (pool) => {
    const { rows } = await pool.query(
      `SELECT visit_city AS city, status_id AS status FROM organisations WHERE deleted_at IS NULL GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`,
    );
    return { city: rows[0].city, status: String(rows[0].status), sort: 'name' };
  }),
  {
    name: 'persons-search',
    description: 'persons: name search "vd berg" (tussenvoegsel ignored), best match first',
    target: { p95: 150, ratio: 3 },
    prepare: async (pool) => {
      const state = parseListState({ q: 'vd berg' }, personCriteria);
      const spec = personListSpec(state, false);
      return { path: '/persons?q=vd+berg', floor: await listFloor(pool, spec, state, personListColumns) };
    },
  },
  organisationList('org-page-200', 'organisations: page 200 of the default list', async () => ({ page: '200' })),
  personInOrganisationList('pio-list', 'persons in organisation: a category + active, sorted by person', async (pool) => {
    const { rows } = await pool.query(
      `SELECT category_id AS category FROM persons_in_organisation WHERE deleted_at IS NULL AND category_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    return { category: String(rows[0].category), active: 'yes', sort: 'person' };
  }),
  typeahead('typeahead-organisations', 'organisations', 'bak'),
  typeahead('typeahead-persons', 'persons', 'jansen'),
  {
    name: 'org-card',
    description: 'organisation card: record, persons in organisation, activities, history',
    target: { p95: 100 },
    prepare: async (pool) => {
      const { rows } = await pool.query('SELECT id FROM organisations WHERE deleted_at IS NULL ORDER BY id OFFSET 50000 LIMIT 1');
      const id = rows[0].id as number;
      return {
        path: `/organisations/${id}`,
        floor: [
          { text: 'SELECT * FROM organisations WHERE id = $1', values: [id] },
          { text: 'SELECT pio.id, p.last_name FROM persons_in_organisation pio JOIN persons p ON p.id = pio.person_id WHERE pio.organisation_id = $1 AND pio.deleted_at IS NULL ORDER BY pio.active DESC LIMIT 500', values: [id] },
          { text: 'SELECT * FROM activities WHERE organisation_id = $1 AND deleted_at IS NULL ORDER BY pinned DESC, created_at DESC LIMIT 50', values: [id] },
          { text: "SELECT * FROM audit_log WHERE table_name = 'organisations' AND record_id = $1 ORDER BY at DESC, id DESC LIMIT 50", values: [id] },
          ...lookupFloor.slice(0, 3),
        ],
      };
    },
  },
  {
    name: 'work-queue',
    description: 'My work: the demo user\'s open activities in six groups with counts, badge',
    target: { p95: 100 },
    prepare: async (_pool, userId) => {
      return {
        path: '/activities',
        floor: [compile(workQueueQuery(userId, { kind: null, expand: null, now: new Date() })), compile(badgeCountQuery(userId)), { text: 'SELECT * FROM calendar_feeds WHERE user_id = $1', values: [userId] }, lookupFloor[0]],
      };
    },
  },
  {
    name: 'activities-card',
    description: 'organisation card whose record has 200 activities (first 25 shown, pinned first)',
    target: { p95: 120 },
    prepare: async (pool) => {
      const { rows } = await pool.query('SELECT organisation_id AS id, count(*)::int AS n FROM activities WHERE organisation_id IS NOT NULL AND deleted_at IS NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 1');
      const id = rows[0].id as number;
      return {
        path: `/organisations/${id}`,
        floor: [
          { text: 'SELECT * FROM organisations WHERE id = $1', values: [id] },
          { text: 'SELECT pio.id, p.last_name FROM persons_in_organisation pio JOIN persons p ON p.id = pio.person_id WHERE pio.organisation_id = $1 AND pio.deleted_at IS NULL ORDER BY pio.active DESC LIMIT 500', values: [id] },
          compile(recordActivitiesQuery('organisation', id, parseActivityCardState({}, false))),
          { text: "SELECT * FROM audit_log WHERE table_name = 'organisations' AND record_id = $1 ORDER BY at DESC, id DESC LIMIT 50", values: [id] },
          ...lookupFloor.slice(0, 3),
        ],
      };
    },
  },
  {
    name: 'calendar-feed',
    description: 'the demo user\'s iCalendar feed (500 open activities with a due date)',
    target: { p95: 200 },
    prepare: async (pool, userId) => {
      const token = newFeedToken();
      await pool.query(
        'INSERT INTO calendar_feeds (user_id, token_hash, created_by, updated_by) VALUES ($1, $2, $1, $1) ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, deleted_at = NULL',
        [userId, hashFeedToken(token)],
      );
      return {
        path: `/api/calendar/${token}.ics`,
        floor: [
          { text: 'SELECT u.id, u.locale FROM calendar_feeds f JOIN users u ON u.id = f.user_id WHERE f.token_hash = $1 AND f.deleted_at IS NULL AND u.active', values: [hashFeedToken(token)] },
          compile(feedActivitiesQuery(userId, new Date())),
        ],
      };
    },
  },
  {
    name: 'reminders',
    description: 'the reminders poll: timed activities come due, the next one, the badge',
    target: { p95: 50 },
    prepare: async (_pool, userId) => {
      const now = new Date();
      const q = reminderQueries(userId, new Date(now.getTime() - 12 * 3600_000), now);
      return { path: '/api/activities/reminders', floor: [compile(q.due), compile(q.next), compile(badgeCountQuery(userId, now))] };
    },
  },
];
