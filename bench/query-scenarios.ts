import type { Pool } from 'pg';
import { encodeCriteria } from '../lib/fields/criteria-url';
import type { CriteriaNode } from '../lib/fields/criteria';
import { organisationList, personInOrganisationList, personList, type Scenario } from './scenarios';

const target = { p95: 200, ratio: 3 };
const c = (node: CriteriaNode) => encodeCriteria(node);

// The most used value of a column of organisations, for criteria that find many rows.
async function mostUsed(pool: Pool, expression: string): Promise<string> {
  const { rows } = await pool.query(`SELECT ${expression} AS v FROM organisations WHERE deleted_at IS NULL AND ${expression} IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
  return String(rows[0].v);
}

async function statuses(pool: Pool, labels: string[]): Promise<number[]> {
  const { rows } = await pool.query(`SELECT e.id FROM choice_list_entries e JOIN choice_lists l ON l.id = e.choice_list_id WHERE l.key = 'status' AND e.label = ANY($1) ORDER BY e.id`, [labels]);
  return rows.map((r) => r.id as number);
}

// Five typical advanced queries (the query manager's `c` parameter), each with the count.
export const queryScenarios: Scenario[] = [
  personInOrganisationList('query-pio-org-segment-city', 'query: persons in organisation whose organisation is in segment X and city Y, by person', async (pool) => {
    const { rows } = await pool.query(`SELECT segment_id AS s, visit_city AS city FROM organisations WHERE deleted_at IS NULL AND segment_id IS NOT NULL GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`);
    return { c: c({ and: [{ field: 'organisation.segmentId', op: 'is', value: rows[0].s }, { field: 'organisation.visitCity', op: 'is', value: rows[0].city }] }), sort: 'person' };
  }, target),
  personList('query-persons-consent-no-job', 'query: persons with consent and no active job', async () => ({
    c: c({ and: [{ field: 'marketingConsent', op: 'is', value: true }, { field: 'employments', op: 'hasNone', where: { field: 'active', op: 'is', value: true } }] }),
  }), target),
  organisationList('query-org-many-persons', 'query: organisations with more than 5 active persons in organisation', async () => ({
    c: c({ field: 'personCount', op: 'greaterThan', value: 5, where: { field: 'active', op: 'is', value: true } }),
  }), target),
  organisationList('query-org-status-mine-recent', 'query: status prospect or suspect, account manager me, updated in the last 30 days', async (pool) => ({
    c: c({ and: [{ field: 'statusId', op: 'isAnyOf', value: await statuses(pool, ['Prospect', 'Suspect']) }, { field: 'accountManagerId', op: 'is', value: 'me' }, { field: 'updatedAt', op: 'inLastDays', value: 30 }] }),
  }), target),
  organisationList('query-org-or-groups', 'query: three AND groups joined by OR', async (pool) => {
    const [klant] = await statuses(pool, ['Klant']);
    return {
      c: c({ or: [
        { and: [{ field: 'visitCity', op: 'is', value: await mostUsed(pool, 'visit_city') }, { field: 'statusId', op: 'is', value: klant }] },
        { and: [{ field: 'segmentId', op: 'is', value: Number(await mostUsed(pool, 'segment_id')) }, { field: 'active', op: 'is', value: false }] },
        { and: [{ field: 'name', op: 'startsWith', value: 'bak' }, { field: 'accountManagerId', op: 'isEmpty' }] },
      ] }),
    };
  }, target),
];
