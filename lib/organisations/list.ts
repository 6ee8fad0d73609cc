import { sql, type SQL } from 'drizzle-orm';
import { escapeLike, fold } from '@/lib/list/fold';
import { referenceSort, type ListSpec, type Sort } from '@/lib/list/query';
import { textSearch } from '@/lib/list/relevance';
import { criterionDate, type ListState } from '@/lib/list/params';

// The criteria the organisations list understands, as URL parameters.
export const organisationCriteria = [
  'name', 'city', 'postcode', 'segment', 'subsegment', 'am', 'status', 'type', 'industry', 'active',
  'createdFrom', 'createdTo', 'updatedFrom', 'updatedTo', 'view',
] as const;
export type OrganisationCriterion = (typeof organisationCriteria)[number];
export type OrganisationListState = ListState<OrganisationCriterion>;

// Columns the list can show, in the chooser's order; the first ones are the default set.
export const organisationColumns = [
  'name', 'customerNumber', 'city', 'accountManager', 'segment', 'subsegment', 'relationType', 'status', 'industry', 'phone', 'email', 'updatedAt',
] as const;
export type OrganisationColumn = (typeof organisationColumns)[number];
export const defaultOrganisationColumns: OrganisationColumn[] = ['name', 'customerNumber', 'city', 'accountManager', 'status', 'segment'];

// The columns the list reads.
export const organisationListColumns = sql`r.id, r.name, r.customer_number AS "customerNumber", r.visit_city AS city,
  r.account_manager_id AS "accountManagerId", r.segment_id AS "segmentId", r.subsegment_id AS "subsegmentId",
  r.relation_type_id AS "relationTypeId", r.status_id AS "statusId", r.industry_id AS "industryId",
  r.phone, r.email, r.active, r.updated_at AS "updatedAt"`;

const folded = (column: string, table: 'users' | 'segments') => referenceSort(column, table, 'relatio_fold(t.name)', "''");
const choiceOrder = (column: string) => referenceSort(column, 'choice_list_entries', 't.sort_order', '2147483647');

// Sort expressions per column, each served by an index on (expression, id) for live organisations; nullable ones
// are coalesced so keyset neighbours stay exact. Account managers and segments sort by folded name, relation types
// and statuses by their place in the choice list, industries by label: an empty one first, a missing relation type
// or status last.
export const organisationSorts: Record<string, Sort> = {
  name: sql`r.name_sort`,
  customerNumber: sql`coalesce(r.customer_number, '')`,
  city: sql`coalesce(relatio_fold(r.visit_city), '')`,
  accountManager: folded('account_manager_id', 'users'),
  segment: folded('segment_id', 'segments'),
  subsegment: folded('subsegment_id', 'segments'),
  relationType: choiceOrder('relation_type_id'),
  status: choiceOrder('status_id'),
  industry: referenceSort('industry_id', 'choice_list_entries', 't.label', "''"),
  phone: sql`coalesce(r.phone, '')`,
  email: sql`coalesce(r.email, '')`,
  updatedAt: sql`r.updated_at`,
};

const isId = (v: string | undefined) => !!v && /^\d{1,9}$/.test(v);


// Builds the SQL of the organisations list for a state and the signed-in user.
export function organisationListSpec(state: OrganisationListState, userId: number, canSeeDeleted: boolean): ListSpec {
  const c = state.criteria;
  const deleted = c.view === 'deleted' && canSeeDeleted;
  const where: SQL[] = [deleted ? sql`r.deleted_at IS NOT NULL` : sql`r.deleted_at IS NULL`];
  const q = fold(state.q);
  if (c.name) where.push(sql`r.name_sort LIKE ${`%${escapeLike(fold(c.name))}%`}`);
  if (c.city) where.push(sql`relatio_fold(r.visit_city) = ${fold(c.city)}`);
  if (c.postcode) where.push(sql`r.visit_postcode LIKE ${`${c.postcode.toUpperCase().replace(/\s+/g, '').replace(/^(\d{4})([A-Z]{1,2})$/, '$1 $2').replace(/[%_\\]/g, '')}%`}`);
  for (const [key, column] of [['segment', 'segment_id'], ['subsegment', 'subsegment_id'], ['status', 'status_id'], ['type', 'relation_type_id'], ['industry', 'industry_id']] as const) {
    if (isId(c[key])) where.push(sql`${sql.raw(`r.${column}`)} = ${Number(c[key])}`);
  }
  if (c.am === 'me') where.push(sql`r.account_manager_id = ${userId}`);
  else if (c.am === 'none') where.push(sql`r.account_manager_id IS NULL`);
  else if (isId(c.am)) where.push(sql`r.account_manager_id = ${Number(c.am)}`);
  if (c.active === 'yes') where.push(sql`r.active`);
  if (c.active === 'no') where.push(sql`NOT r.active`);
  const createdFrom = criterionDate(c.createdFrom);
  if (createdFrom) where.push(sql`r.created_at >= ${createdFrom}::date`);
  const createdTo = criterionDate(c.createdTo);
  if (createdTo) where.push(sql`r.created_at < ${createdTo}::date + 1`);
  const updatedFrom = criterionDate(c.updatedFrom);
  if (updatedFrom) where.push(sql`r.updated_at >= ${updatedFrom}::date`);
  const updatedTo = criterionDate(c.updatedTo);
  if (updatedTo) where.push(sql`r.updated_at < ${updatedTo}::date + 1`);
  return {
    from: sql`organisations r`,
    where: sql.join(where, sql` AND `),
    sorts: organisationSorts,
    defaultSort: { key: 'name', dir: 'asc' },
    ...textSearch(sql`r.search_text`, q ? [q] : [], sql`r.name_sort`),
    narrowed: deleted || where.length > 1 || !!q,
  };
}
