import type { SimpleCriterion } from '@/lib/fields/simple';
import type { Registry } from '@/lib/fields/types';
import { listQuery, parseListState, type ListState } from '@/lib/list/params';
import type { ListKind } from '@/lib/lists';
import { organisationColumns, organisationCriteria, organisationSimpleCriteria, organisationSorts } from '@/lib/organisations/list';
import { organisationQueryFields } from '@/lib/organisations/query-fields';
import { personInOrganisationColumns, personInOrganisationCriteria, personInOrganisationSimpleCriteria, personInOrganisationSorts } from '@/lib/persons-in-organisation/list';
import { personInOrganisationQueryFields } from '@/lib/persons-in-organisation/query-fields';
import { personColumns, personCriteria, personSimpleCriteria, personSorts } from '@/lib/persons/list';
import { personQueryFields } from '@/lib/persons/query-fields';

// What a saved search needs to know about its list: its page, URL criteria, columns, sorts and criteria fields.
export type SavedList = {
  path: string;
  criteria: readonly string[];
  columns: readonly string[];
  sorts: readonly string[];
  registry: Registry;
  simple: readonly SimpleCriterion[];
};

// The lists a search can be saved for, by the name saved views know them by.
export const savedLists: Record<ListKind, SavedList> = {
  organisations: { path: '/organisations', criteria: organisationCriteria, columns: organisationColumns, sorts: Object.keys(organisationSorts), registry: organisationQueryFields, simple: organisationSimpleCriteria },
  persons: { path: '/persons', criteria: personCriteria, columns: personColumns, sorts: Object.keys(personSorts), registry: personQueryFields, simple: personSimpleCriteria },
  persons_in_organisation: {
    path: '/persons-in-organisation', criteria: personInOrganisationCriteria, columns: personInOrganisationColumns, sorts: Object.keys(personInOrganisationSorts),
    registry: personInOrganisationQueryFields, simple: personInOrganisationSimpleCriteria,
  },
};

// A list state read from a query string, as that list understands it.
export const savedState = (list: ListKind, query: string): ListState => parseListState(Object.fromEntries(new URLSearchParams(query)), savedLists[list].criteria);

// The query string a search is saved as: the list's state without its page and without the saved search it came from.
export const savedQuery = (list: ListKind, query: string): string => listQuery({ ...savedState(list, query), page: 1, saved: undefined });
