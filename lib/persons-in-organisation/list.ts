import { sql, type SQL } from 'drizzle-orm';
import { escapeLike, fold } from '@/lib/list/fold';
import type { ListState } from '@/lib/list/params';
import type { ListSpec, Sort } from '@/lib/list/query';
import { listColumnNames } from '@/lib/fields/define';
import { listSelect, sortsOf } from '@/lib/fields/list-sql';
import { listWhere } from '@/lib/fields/list-where';
import { simpleParams, type SimpleCriterion } from '@/lib/fields/simple';
import { personSearchTerms } from '@/lib/persons/names';
import { defaultPersonInOrganisationColumns as defaults, personInOrganisationFields } from './fields';
import { personInOrganisationConditions, personInOrganisationQueryFields } from './query-fields';

// The simple criteria form of the persons in organisation list: a view over criteria on the registry's fields.
export const personInOrganisationSimpleCriteria: readonly SimpleCriterion[] = [
  { param: 'organisation', field: 'organisationId', op: 'is' },
  { param: 'category', field: 'categoryId', op: 'is' },
  { param: 'subcategory', field: 'subcategoryId', op: 'is' },
  { param: 'active', field: 'active', op: 'is' },
  { param: 'department', field: 'department', op: 'contains' },
  { param: 'jobTitle', field: 'jobTitle', op: 'contains' },
  { param: 'startFrom', field: 'startDate', op: 'onOrAfter', input: 'date', label: 'personsInOrganisation.criteria.startFrom' },
  { param: 'startTo', field: 'startDate', op: 'onOrBefore', input: 'date', label: 'personsInOrganisation.criteria.startTo' },
  { param: 'endFrom', field: 'endDate', op: 'onOrAfter', input: 'date', label: 'personsInOrganisation.criteria.endFrom' },
  { param: 'endTo', field: 'endDate', op: 'onOrBefore', input: 'date', label: 'personsInOrganisation.criteria.endTo' },
];

// The criteria the persons in organisation list understands, as URL parameters (and `view` for the Deleted view).
export const personInOrganisationCriteria = [...simpleParams(personInOrganisationSimpleCriteria), 'view'] as const;
export type PersonInOrganisationCriterion = string;
export type PersonInOrganisationListState = ListState<PersonInOrganisationCriterion>;

// Columns the list can show, in the chooser's order; the default set when the user chose none.
export const personInOrganisationColumns = listColumnNames(personInOrganisationFields);
export type PersonInOrganisationColumn = string;
export const defaultPersonInOrganisationColumns: PersonInOrganisationColumn[] = defaults;

// The columns the list reads from its own table (names of persons and organisations come separately, for one page).
export const personInOrganisationListColumns: SQL = listSelect(personInOrganisationFields, ['personId', 'organisationId']);

const idList = (ids: number[]) => sql.join([...new Set(ids)].map((id) => sql`${id}`), sql`, `);

// The SQL naming the persons of one page (primary key lookups only; the list itself never joins).
export const pagePersonNamesQuery = (ids: number[]) =>
  sql`SELECT id, first_name AS "firstName", name_prefix AS "namePrefix", last_name AS "lastName", initials FROM persons WHERE id IN (${idList(ids)})`;

// The SQL naming the organisations of one page.
export const pageOrganisationNamesQuery = (ids: number[]) => sql`SELECT id, name FROM organisations WHERE id IN (${idList(ids)})`;

// Sort expressions per column, on the stored sort keys of the table itself (never across a join; the triggers
// always fill person_sort_name and organisation_name_sort), each served by an index on (expression, id).
export const personInOrganisationSorts: Record<string, Sort> = sortsOf(personInOrganisationFields);

// The search: the person's name (tussenvoegsels ignored, every word must occur), the organisation's name, or the
// start of the business e-mail. Each part is an index lookup whose ids feed a bitmap scan of the table.
function searchCondition(query: string): SQL | null {
  const q = fold(query);
  if (!q) return null;
  const terms = personSearchTerms(q).map((w) => sql`p.search_text LIKE ${`%${escapeLike(w)}%`}`);
  const name = `%${escapeLike(q)}%`;
  return sql`(r.person_id = ANY(ARRAY(SELECT p.id FROM persons p WHERE ${sql.join(terms, sql` AND `)}))
    OR r.organisation_id = ANY(ARRAY(SELECT o.id FROM organisations o WHERE o.search_text LIKE ${name} AND o.name_sort LIKE ${name}))
    OR (lower(r.email) >= ${q} AND lower(r.email) < ${`${q}\u{10FFFF}`}))`;
}

// Builds the SQL of the persons in organisation list for a state and the signed-in user ("mine" in criteria about
// the organisation's account manager).
export function personInOrganisationListSpec(state: PersonInOrganisationListState, canSeeDeleted: boolean, userId = 0): ListSpec {
  const list = listWhere(personInOrganisationQueryFields, personInOrganisationSimpleCriteria, state, { userId, custom: personInOrganisationConditions }, canSeeDeleted);
  const search = searchCondition(state.q);
  return {
    from: sql`persons_in_organisation r`,
    where: search ? sql`${list.where} AND ${search}` : list.where,
    sorts: personInOrganisationSorts,
    defaultSort: { key: 'person', dir: 'asc' },
    relevance: null,
    narrowed: list.deleted || list.narrowing || !!search,
  };
}
