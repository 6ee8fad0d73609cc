import { sql, type SQL } from 'drizzle-orm';
import type { ListState } from '@/lib/list/params';
import type { ListSpec, Sort } from '@/lib/list/query';
import { textSearch } from '@/lib/list/relevance';
import { listColumnNames } from '@/lib/fields/define';
import { listSelect, sortsOf } from '@/lib/fields/list-sql';
import { listWhere } from '@/lib/fields/list-where';
import { simpleParams, type SimpleCriterion } from '@/lib/fields/simple';
import { defaultPersonColumns as defaults, personFields } from './fields';
import { personSearchTerms } from './names';
import { personConditions, personQueryFields } from './query-fields';

export { personConditions } from './query-fields';

// The simple criteria form of the persons list: a view over criteria on the registry's fields.
export const personSimpleCriteria: readonly SimpleCriterion[] = [
  { param: 'organisation', field: 'employerName', op: 'contains' },
  { param: 'city', field: 'city', op: 'is' },
  { param: 'postcode', field: 'postcode', op: 'startsWith', label: 'persons.criteria.postcodeStartsWith' },
  { param: 'employed', field: 'employed', op: 'is' },
  { param: 'consent', field: 'marketingConsent', op: 'is' },
  { param: 'passive', field: 'passive', op: 'is' },
];

// The criteria the persons list understands, as URL parameters (and `view` for the Deleted view).
export const personCriteria = [...simpleParams(personSimpleCriteria), 'view'] as const;
export type PersonCriterion = string;
export type PersonListState = ListState<PersonCriterion>;

// Columns the list can show; the default set when the user chose none.
export const personColumns = listColumnNames(personFields);
export type PersonColumn = string;
export const defaultPersonColumns: PersonColumn[] = defaults;

// The columns the list reads, with the person's current organisations and job titles.
export const personListColumns: SQL = listSelect(personFields, ['firstName', 'namePrefix', 'lastName', 'initials', 'passive']);

// Sort expressions of every plain column, each served by an index on (expression, id) for live persons; the name
// sorts on the stored Dutch sort key (tussenvoegsel ignored). The aggregated columns do not sort.
export const personSorts: Record<string, Sort> = sortsOf(personFields);

// Builds the SQL of the persons list for a state and the signed-in user ("mine" in criteria about their jobs).
export function personListSpec(state: PersonListState, canSeeDeleted: boolean, userId = 0): ListSpec {
  const terms = personSearchTerms(state.q);
  const { where, deleted, narrowing } = listWhere(personQueryFields, personSimpleCriteria, state, { userId, custom: personConditions }, canSeeDeleted);
  return {
    from: sql`persons r`,
    where,
    sorts: personSorts,
    defaultSort: { key: 'name', dir: 'asc' },
    ...textSearch(sql`r.search_text`, terms, sql`r.sort_name`),
    narrowed: deleted || narrowing || terms.length > 0,
  };
}
