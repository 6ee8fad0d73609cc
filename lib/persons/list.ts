import { sql, type SQL } from 'drizzle-orm';
import { escapeLike, fold } from '@/lib/list/fold';
import type { ListState } from '@/lib/list/params';
import type { ListSpec, Sort } from '@/lib/list/query';
import { textSearch } from '@/lib/list/relevance';
import type { CustomCondition } from '@/lib/fields/compile';
import { listColumnNames } from '@/lib/fields/define';
import { listSelect, sortsOf } from '@/lib/fields/list-sql';
import { listWhere } from '@/lib/fields/list-where';
import { simpleParams, type SimpleCriterion } from '@/lib/fields/simple';
import { defaultPersonColumns as defaults, personFields } from './fields';
import { personSearchTerms } from './names';

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

const employed = sql`EXISTS (SELECT 1 FROM persons_in_organisation e WHERE e.person_id = r.id AND e.active AND e.deleted_at IS NULL)`;

// The conditions of the persons' computed fields: an active job, and (any) employer whose name contains the text.
export const personConditions: Record<string, CustomCondition> = {
  employed: (c) => (c.value ? employed : sql`NOT ${employed}`),
  employerName: (c) => sql`EXISTS (SELECT 1 FROM persons_in_organisation e JOIN organisations o ON o.id = e.organisation_id
      WHERE e.person_id = r.id AND e.deleted_at IS NULL AND o.name_sort LIKE ${`%${escapeLike(fold(String(c.value)))}%`})`,
};

// Builds the SQL of the persons list for a state.
export function personListSpec(state: PersonListState, canSeeDeleted: boolean): ListSpec {
  const terms = personSearchTerms(state.q);
  const { where, deleted, narrowing } = listWhere(personFields, personSimpleCriteria, state, { userId: 0, custom: personConditions }, canSeeDeleted);
  return {
    from: sql`persons r`,
    where,
    sorts: personSorts,
    defaultSort: { key: 'name', dir: 'asc' },
    ...textSearch(sql`r.search_text`, terms, sql`r.sort_name`),
    narrowed: deleted || narrowing || terms.length > 0,
  };
}
