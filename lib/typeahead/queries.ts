import 'server-only';
import { getDb } from '@/db';
import { queryRows } from '@/db/rows';
import { fold } from '@/lib/list/fold';
import { displayName, personSearchTerms } from '@/lib/persons/names';
import { organisationFuzzyQuery, organisationSuggestionsQuery, personFuzzyQuery, personSuggestionsQuery } from './sql';

// One suggestion of a picker.
export type Suggestion = { id: number; label: string; detail: string | null };

// Live organisations whose name contains what was typed (starting with it first); the nearest names when none does.
export async function suggestOrganisations(query: string, limit = 10): Promise<Suggestion[]> {
  const q = fold(query);
  if (!q) return [];
  const db = await getDb();
  const rows = await queryRows<Suggestion>(db, organisationSuggestionsQuery(q, limit));
  return rows.length || q.length < 3 ? rows : queryRows<Suggestion>(db, organisationFuzzyQuery(q, limit));
}

type PersonRow = { id: number; firstName: string | null; namePrefix: string | null; lastName: string; initials: string | null; organisation: string | null };

// Live persons matching every word typed, tussenvoegsels ignored (the nearest names when none does), with their
// current organisation.
export async function suggestPersons(query: string, limit = 10): Promise<Suggestion[]> {
  const terms = personSearchTerms(query);
  if (!terms.length) return [];
  const db = await getDb();
  let rows = await queryRows<PersonRow>(db, personSuggestionsQuery(terms, limit));
  if (!rows.length && terms.some((w) => w.length >= 3)) rows = await queryRows<PersonRow>(db, personFuzzyQuery(terms, limit));
  return rows.map((r) => ({ id: r.id, label: displayName(r), detail: r.organisation }));
}
