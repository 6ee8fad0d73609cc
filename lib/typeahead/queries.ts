import 'server-only';
import type { SQL } from 'drizzle-orm';
import { getDb, type Db } from '@/db';
import { queryRows } from '@/db/rows';
import { fold } from '@/lib/list/fold';
import { displayName, personSearchTerms } from '@/lib/persons/names';
import {
  indexable,
  organisationFuzzyQuery,
  organisationPrefixQuery,
  organisationSuggestionsQuery,
  personFuzzyQuery,
  personPrefixQuery,
  personSuggestionsQuery,
} from './sql';

// One suggestion of a picker.
export type Suggestion = { id: number; label: string; detail: string | null };

// Runs the steps of a picker in order until `limit` suggestions are found: cheap index lookups first, each later
// step only when the earlier ones left room; a step is skipped when `when` says so.
async function inSteps<R extends { id: number }>(db: Db, limit: number, steps: { query: SQL; when?: (found: number) => boolean }[]): Promise<R[]> {
  const found: R[] = [];
  for (const step of steps) {
    if (found.length >= limit || (step.when && !step.when(found.length))) continue;
    for (const row of await queryRows<R>(db, step.query)) if (!found.some((f) => f.id === row.id)) found.push(row);
  }
  return found.slice(0, limit);
}

// Live organisations whose name starts with what was typed, then those containing it, then (for a typo, when
// nothing matched) the nearest names.
export async function suggestOrganisations(query: string, limit = 10): Promise<Suggestion[]> {
  const q = fold(query);
  if (!q) return [];
  const db = await getDb();
  const long = q.length >= 3;
  return inSteps<Suggestion>(db, limit, [
    { query: organisationPrefixQuery(q, limit) },
    { query: organisationSuggestionsQuery(q, limit), when: () => long },
    { query: organisationFuzzyQuery(q, limit), when: (found) => long && found === 0 },
  ]);
}

type PersonRow = { id: number; firstName: string | null; namePrefix: string | null; lastName: string; initials: string | null; organisation: string | null };

// Live persons whose sorted name starts with what was typed, then those matching every word, tussenvoegsels ignored,
// then (for a typo, when nothing matched) the nearest names; each with their current organisation.
export async function suggestPersons(query: string, limit = 10): Promise<Suggestion[]> {
  const terms = personSearchTerms(query);
  if (!terms.length) return [];
  const db = await getDb();
  const long = indexable(terms).length > 0;
  const rows = await inSteps<PersonRow>(db, limit, [
    { query: personPrefixQuery(terms, limit) },
    { query: personSuggestionsQuery(terms, limit), when: () => long },
    { query: personFuzzyQuery(terms, limit), when: (found) => long && found === 0 },
  ]);
  return rows.map((r) => ({ id: r.id, label: displayName(r), detail: r.organisation }));
}
