import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { queryRows } from '@/db/rows';
import { escapeLike } from '@/lib/list/fold';
import { displayName } from '@/lib/persons/names';
import type { DuplicateProbe, DuplicateReason } from './duplicate-probe';

// A live record that may be the one being added: a person, a person in organisation or an organisation.
export type DuplicateMatch = {
  kind: 'person' | 'personInOrganisation' | 'organisation';
  id: number;
  name: string;
  organisation: string | null;
  city: string | null;
  reasons: DuplicateReason[];
};

type Row = { id: number; firstName?: string | null; namePrefix?: string | null; lastName?: string; initials?: string | null; name?: string; organisation?: string | null; city?: string | null };
type Step = { kind: DuplicateMatch['kind']; reason: DuplicateReason; query: SQL };

const limit = 5;
// Trigram distance (1 − similarity) up to which an organisation name counts as the same.
const nameDistance = 0.5;

const personColumns = sql`p.first_name AS "firstName", p.name_prefix AS "namePrefix", p.last_name AS "lastName", p.initials`;
const jobFrom = sql`persons_in_organisation r JOIN persons p ON p.id = r.person_id JOIN organisations o ON o.id = r.organisation_id`;
const organisationColumns = sql`o.id, o.name, o.visit_city AS city`;

// The lookups a probe asks for, each on an index: e-mail (lower()), the organisation's people, a person's sort name
// (trigram), KvK, postcode, and the name trigram GiST index (nearest names first, close enough only).
function steps(p: DuplicateProbe): Step[] {
  const out: Step[] = [];
  const notOrganisation = p.organisationId ? sql`AND o.id <> ${p.organisationId}` : sql``;
  if (p.emails.length) {
    const notPerson = p.personId ? sql`AND p.id <> ${p.personId}` : sql``;
    out.push({ kind: 'person', reason: 'email', query: sql`SELECT p.id, ${personColumns}, p.city FROM persons p WHERE lower(p.private_email) IN ${p.emails} AND p.deleted_at IS NULL ${notPerson} LIMIT ${limit}` });
    out.push({
      kind: 'personInOrganisation',
      reason: 'email',
      query: sql`SELECT r.id, ${personColumns}, o.name AS organisation FROM ${jobFrom} WHERE lower(r.email) IN ${p.emails} AND r.deleted_at IS NULL ${notPerson} LIMIT ${limit}`,
    });
  }
  if (p.lastName && p.dateOfBirth) {
    const notPerson = p.personId ? sql`AND p.id <> ${p.personId}` : sql``;
    out.push({
      kind: 'person',
      reason: 'nameAndBirthDate',
      query: sql`SELECT p.id, ${personColumns}, p.city FROM persons p
                  WHERE p.sort_name LIKE ${`${escapeLike(p.lastName)}%`} AND relatio_fold(p.last_name) = ${p.lastName} AND p.date_of_birth = ${p.dateOfBirth}
                    AND (p.first_name IS NULL OR ${p.firstName ?? ''} = '' OR relatio_fold(p.first_name) = ${p.firstName ?? ''})
                    AND p.deleted_at IS NULL ${notPerson} LIMIT ${limit}`,
    });
  }
  const samePerson = p.personId
    ? sql`r.person_id = ${p.personId}`
    : p.lastName
      ? sql`relatio_fold(p.last_name) = ${p.lastName} AND (p.first_name IS NULL OR ${p.firstName ?? ''} = '' OR relatio_fold(p.first_name) = ${p.firstName ?? ''})`
      : null;
  if (p.organisationId && samePerson) {
    out.push({
      kind: 'personInOrganisation',
      reason: 'nameAtOrganisation',
      query: sql`SELECT r.id, ${personColumns}, o.name AS organisation FROM ${jobFrom}
                  WHERE r.organisation_id = ${p.organisationId} AND r.deleted_at IS NULL AND p.deleted_at IS NULL AND ${samePerson} LIMIT ${limit}`,
    });
  }
  if (p.organisationName) {
    out.push({
      kind: 'organisation',
      reason: 'organisationName',
      query: sql`SELECT ${organisationColumns}
                   FROM (SELECT id, name_sort <-> ${p.organisationName} AS d FROM organisations WHERE deleted_at IS NULL ORDER BY name_sort <-> ${p.organisationName} LIMIT ${limit}) best
                   JOIN organisations o ON o.id = best.id
                  WHERE best.d <= ${nameDistance} ${notOrganisation} ORDER BY best.d, o.id`,
    });
  }
  if (p.kvkNumber) {
    out.push({ kind: 'organisation', reason: 'kvkNumber', query: sql`SELECT ${organisationColumns} FROM organisations o WHERE o.kvk_number = ${p.kvkNumber} AND o.deleted_at IS NULL ${notOrganisation} LIMIT ${limit}` });
  }
  if (p.postcode && p.houseNumber) {
    out.push({
      kind: 'organisation',
      reason: 'address',
      query: sql`SELECT ${organisationColumns} FROM organisations o
                  WHERE o.visit_postcode = ${p.postcode} AND upper(btrim(o.visit_house_number)) = ${p.houseNumber} AND o.deleted_at IS NULL ${notOrganisation} LIMIT ${limit}`,
    });
  }
  return out;
}

// Live records that look like the business relation being added: the same e-mail address (private or business),
// the same name at the chosen organisation, the same name and date of birth, an organisation with a similar name, the same KvK number, or the same
// postcode and house number. A record found for several reasons is listed once, with all of them.
export async function findLikelyDuplicates(probe: DuplicateProbe): Promise<DuplicateMatch[]> {
  const plan = steps(probe);
  if (plan.length === 0) return [];
  const db = await getDb();
  const results = await Promise.all(plan.map((step) => queryRows<Row>(db, step.query)));
  const found = new Map<string, DuplicateMatch>();
  for (const [i, step] of plan.entries()) {
    for (const row of results[i]) {
      const key = `${step.kind}-${row.id}`;
      const name = row.lastName !== undefined ? displayName(row as Row & { lastName: string }) : (row.name ?? '');
      const match = found.get(key) ?? { kind: step.kind, id: row.id, name, organisation: row.organisation ?? null, city: row.city ?? null, reasons: [] };
      if (!match.reasons.includes(step.reason)) match.reasons.push(step.reason);
      found.set(key, match);
    }
  }
  return [...found.values()];
}
