import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { queryRows } from '@/db/rows';
import { persons } from '@/db/schema';
import { fetchListPage, findNeighbours, type ListPage, type Neighbours } from '@/lib/list/query';
import { personListColumns, personListSpec, type PersonListState } from './list';

// One row of the persons list.
export type PersonListRow = {
  id: number; firstName: string | null; namePrefix: string | null; lastName: string; initials: string | null;
  privateEmail: string | null; phone: string | null; mobile: string | null; city: string | null; postcode: string | null;
  marketingConsent: boolean; passive: boolean; updatedAt: string; organisations: string | null; jobTitles: string | null;
};

// One page of persons for a list state, with the (capped) count.
export async function findPersons(state: PersonListState, canSeeDeleted: boolean, userId = 0): Promise<ListPage<PersonListRow>> {
  return fetchListPage<PersonListRow>(await getDb(), personListSpec(state, canSeeDeleted, userId), state, personListColumns);
}

// Where a person stands in the list the user came from.
export async function findPersonNeighbours(state: PersonListState, canSeeDeleted: boolean, id: number, userId = 0): Promise<Neighbours | null> {
  return findNeighbours(await getDb(), personListSpec(state, canSeeDeleted, userId), state, id);
}

// One person, deleted ones included (for the Deleted view).
export async function getPerson(id: number) {
  const db = await getDb();
  const [row] = await db.select().from(persons).where(eq(persons.id, id));
  return row ?? null;
}

// A person's records in organisations: active first, then former ones, latest first.
export async function getPersonEmployments(personId: number) {
  return queryRows<{
    id: number; organisationId: number; organisation: string; jobTitle: string | null; department: string | null;
    email: string | null; phone: string | null; active: boolean; startDate: string | null; endDate: string | null;
  }>(await getDb(), sql`
    SELECT e.id, e.organisation_id AS "organisationId", o.name AS organisation, e.job_title AS "jobTitle", e.department,
           e.email, e.phone, e.active, to_char(e.start_date, 'YYYY-MM-DD') AS "startDate", to_char(e.end_date, 'YYYY-MM-DD') AS "endDate"
      FROM persons_in_organisation e JOIN organisations o ON o.id = e.organisation_id
     WHERE e.person_id = ${personId} AND e.deleted_at IS NULL
     ORDER BY e.active DESC, e.end_date DESC NULLS FIRST, e.start_date DESC NULLS LAST, e.id DESC`);
}

// Others living at the same postcode and house number ("more on this address").
export async function getSameAddress(person: { id: number; postcode: string | null; houseNumber: string | null }) {
  if (!person.postcode || !person.houseNumber) return [];
  return queryRows<{ id: number; firstName: string | null; namePrefix: string | null; lastName: string; initials: string | null }>(await getDb(), sql`
    SELECT id, first_name AS "firstName", name_prefix AS "namePrefix", last_name AS "lastName", initials
      FROM persons WHERE postcode = ${person.postcode} AND house_number = ${person.houseNumber} AND id <> ${person.id} AND deleted_at IS NULL
     ORDER BY sort_name LIMIT 20`);
}
