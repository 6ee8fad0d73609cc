import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { queryRows } from '@/db/rows';
import { fold } from '@/lib/list/fold';
import { displayName, personSearchTerms } from '@/lib/persons/names';

// One suggestion of a picker.
export type Suggestion = { id: number; label: string; detail: string | null };

// Organisations nearest to what was typed (trigram distance on the GiST index), live ones only.
export async function suggestOrganisations(query: string, limit = 10): Promise<Suggestion[]> {
  const q = fold(query);
  if (!q) return [];
  const db = await getDb();
  return queryRows<Suggestion>(db, sql`
    SELECT id, name AS label, visit_city AS detail FROM organisations
     WHERE deleted_at IS NULL AND (name_sort LIKE ${`${q.replace(/[%_\\]/g, '\\$&')}%`} OR name_sort <-> ${q} < 0.8)
     ORDER BY name_sort LIKE ${`${q.replace(/[%_\\]/g, '\\$&')}%`} DESC, name_sort <-> ${q}, id
     LIMIT ${limit}`);
}

// Persons nearest to what was typed, tussenvoegsels ignored, with their current organisation.
export async function suggestPersons(query: string, limit = 10): Promise<Suggestion[]> {
  const terms = personSearchTerms(query);
  if (!terms.length) return [];
  const q = terms.join(' ');
  const db = await getDb();
  const rows = await queryRows<{ id: number; firstName: string | null; namePrefix: string | null; lastName: string; initials: string | null; organisation: string | null }>(db, sql`
    SELECT p.id, p.first_name AS "firstName", p.name_prefix AS "namePrefix", p.last_name AS "lastName", p.initials,
           (SELECT o.name FROM persons_in_organisation pio JOIN organisations o ON o.id = pio.organisation_id
             WHERE pio.person_id = p.id AND pio.active AND pio.deleted_at IS NULL ORDER BY pio.start_date DESC NULLS LAST LIMIT 1) AS organisation
      FROM (SELECT id FROM persons WHERE deleted_at IS NULL AND sort_name <-> ${q} < 0.85 ORDER BY sort_name <-> ${q}, id LIMIT ${limit}) best
      JOIN persons p ON p.id = best.id
     ORDER BY p.sort_name <-> ${q}, p.id`);
  return rows.map((r) => ({ id: r.id, label: displayName(r), detail: r.organisation }));
}
