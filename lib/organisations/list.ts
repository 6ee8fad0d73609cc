import { sql, type SQL } from 'drizzle-orm';
import { fold } from '@/lib/list/fold';
import type { ListSpec, Sort } from '@/lib/list/query';
import { textSearch } from '@/lib/list/relevance';
import type { ListState } from '@/lib/list/params';
import { listColumnNames } from '@/lib/fields/define';
import { listSelect, sortsOf } from '@/lib/fields/list-sql';
import { simpleParams, type SimpleCriterion } from '@/lib/fields/simple';
import { listWhere } from '@/lib/fields/list-where';
import { defaultOrganisationColumns as defaults, organisationFields } from './fields';
import { organisationConditions, organisationQueryFields } from './query-fields';

// The simple criteria form of the organisations list: a view over criteria on the registry's fields.
export const organisationSimpleCriteria: readonly SimpleCriterion[] = [
  { param: 'name', field: 'name', op: 'contains' },
  { param: 'city', field: 'visitCity', op: 'is' },
  { param: 'postcode', field: 'visitPostcode', op: 'startsWith', label: 'organisations.criteria.postcodeStartsWith' },
  {
    param: 'am', field: 'accountManagerId', op: 'is', none: 'none',
    offers: [{ value: 'me', label: 'organisations.criteria.mine' }, { value: 'none', label: 'organisations.criteria.noAccountManager' }],
  },
  { param: 'segment', field: 'segmentId', op: 'is' },
  { param: 'subsegment', field: 'subsegmentId', op: 'is' },
  { param: 'status', field: 'statusId', op: 'is' },
  { param: 'type', field: 'relationTypeId', op: 'is' },
  { param: 'industry', field: 'industryId', op: 'is' },
  { param: 'active', field: 'active', op: 'is' },
  { param: 'createdFrom', field: 'createdAt', op: 'onOrAfter', input: 'date', label: 'organisations.criteria.createdFrom' },
  { param: 'createdTo', field: 'createdAt', op: 'onOrBefore', input: 'date', label: 'organisations.criteria.createdTo' },
  { param: 'updatedFrom', field: 'updatedAt', op: 'onOrAfter', input: 'date', label: 'organisations.criteria.updatedFrom' },
  { param: 'updatedTo', field: 'updatedAt', op: 'onOrBefore', input: 'date', label: 'organisations.criteria.updatedTo' },
];

// The criteria the organisations list understands, as URL parameters (and `view` for the Deleted view).
export const organisationCriteria = [...simpleParams(organisationSimpleCriteria), 'view'] as const;
export type OrganisationCriterion = string;
export type OrganisationListState = ListState<OrganisationCriterion>;

// Columns the list can show, in the chooser's order; the default set when the user chose none.
export const organisationColumns = listColumnNames(organisationFields);
export type OrganisationColumn = string;
export const defaultOrganisationColumns: OrganisationColumn[] = defaults;

// The columns the list reads.
export const organisationListColumns: SQL = listSelect(organisationFields, ['active']);

// Sort expressions per column, each served by an index on (expression, id) for live organisations.
export const organisationSorts: Record<string, Sort> = sortsOf(organisationFields);

// Builds the SQL of the organisations list for a state and the signed-in user.
export function organisationListSpec(state: OrganisationListState, userId: number, canSeeDeleted: boolean): ListSpec {
  const q = fold(state.q);
  const { where, deleted, narrowing } = listWhere(organisationQueryFields, organisationSimpleCriteria, state, { userId, custom: organisationConditions }, canSeeDeleted);
  return {
    from: sql`organisations r`,
    where,
    sorts: organisationSorts,
    defaultSort: { key: 'name', dir: 'asc' },
    ...textSearch(sql`r.search_text`, q ? [q] : [], sql`r.name_sort`),
    narrowed: deleted || narrowing || !!q,
  };
}
