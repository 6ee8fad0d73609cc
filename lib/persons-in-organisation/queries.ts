import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { queryRows } from '@/db/rows';
import { fetchListPage, findNeighbours, type ListPage, type Neighbours } from '@/lib/list/query';
import { sortedName } from '@/lib/persons/names';
import {
  pageOrganisationNamesQuery,
  pagePersonNamesQuery,
  personInOrganisationListColumns,
  personInOrganisationListSpec,
  type PersonInOrganisationListState,
} from './list';

// One row of the persons in organisation list; segment names are resolved from the lookups when shown.
export type PersonInOrganisationListRow = {
  id: number;
  personId: number;
  organisationId: number;
  person: string;
  organisation: string;
  department: string | null;
  jobTitle: string | null;
  email: string | null;
  phone: string | null;
  categoryId: number | null;
  subcategoryId: number | null;
  active: boolean;
  startDate: string | null;
  endDate: string | null;
};

type PageRow = Omit<PersonInOrganisationListRow, 'person' | 'organisation'>;
type NameParts = { firstName: string | null; namePrefix: string | null; lastName: string; initials: string | null };

// Who is asking, as far as the list cares.
export type ListViewer = { canSeeDeleted: boolean; id?: number };

// The names of the persons and organisations of one page, by the page's ids.
async function namesOf(ids: { persons: number[]; organisations: number[] }) {
  const db = await getDb();
  const [people, orgs] = await Promise.all([
    ids.persons.length ? queryRows<NameParts & { id: number }>(db, pagePersonNamesQuery(ids.persons)) : [],
    ids.organisations.length ? queryRows<{ id: number; name: string }>(db, pageOrganisationNamesQuery(ids.organisations)) : [],
  ]);
  return { persons: new Map(people.map((p) => [p.id, sortedName(p)])), organisations: new Map(orgs.map((o) => [o.id, o.name])) };
}

// One page of persons in organisation for a list state, with the (capped) count; persons are named "Berg, Jan van den".
export async function findPersonsInOrganisation(state: PersonInOrganisationListState, viewer: ListViewer): Promise<ListPage<PersonInOrganisationListRow>> {
  const db = await getDb();
  const page = await fetchListPage<PageRow>(db, personInOrganisationListSpec(state, viewer.canSeeDeleted, viewer.id), state, personInOrganisationListColumns);
  const names = await namesOf({ persons: page.rows.map((r) => r.personId), organisations: page.rows.map((r) => r.organisationId) });
  const rows = page.rows.map((r) => ({ ...r, person: names.persons.get(r.personId) ?? '', organisation: names.organisations.get(r.organisationId) ?? '' }));
  return { ...page, rows };
}

// Where a person in organisation stands in the list the user came from.
export async function findPersonInOrganisationNeighbours(state: PersonInOrganisationListState, viewer: ListViewer, id: number): Promise<Neighbours | null> {
  const db = await getDb();
  return findNeighbours(db, personInOrganisationListSpec(state, viewer.canSeeDeleted, viewer.id), state, id);
}

// One person in organisation with everything the card shows, including its person's and organisation's names
// and whether those are deleted (deleted records too, for the Deleted view).
export async function getPersonInOrganisation(id: number) {
  const db = await getDb();
  const [row] = await queryRows<{
    id: number; version: number; personId: number; organisationId: number; department: string | null; jobTitle: string | null;
    email: string | null; phone: string | null; mobile: string | null; categoryId: number | null; subcategoryId: number | null;
    startDate: string | null; endDate: string | null; active: boolean; notes: string | null; updatedAt: Date | string; deletedAt: Date | string | null;
    firstName: string | null; namePrefix: string | null; lastName: string; initials: string | null; organisationName: string;
  }>(db, sql`
    SELECT r.id, r.version, r.person_id AS "personId", r.organisation_id AS "organisationId", r.department, r.job_title AS "jobTitle",
           r.email, r.phone, r.mobile, r.category_id AS "categoryId", r.subcategory_id AS "subcategoryId",
           to_char(r.start_date, 'YYYY-MM-DD') AS "startDate", to_char(r.end_date, 'YYYY-MM-DD') AS "endDate", r.active, r.notes,
           r.updated_at AS "updatedAt", r.deleted_at AS "deletedAt",
           p.first_name AS "firstName", p.name_prefix AS "namePrefix", p.last_name AS "lastName", p.initials, o.name AS "organisationName"
      FROM persons_in_organisation r JOIN persons p ON p.id = r.person_id JOIN organisations o ON o.id = r.organisation_id
     WHERE r.id = ${id}`);
  return row ?? null;
}

export type PersonInOrganisationCard = NonNullable<Awaited<ReturnType<typeof getPersonInOrganisation>>>;

// The name of a live person and organisation by id, to prefill the form's pickers.
export async function getPickerLabels(personId: number | null, organisationId: number | null) {
  const db = await getDb();
  const [person] = personId
    ? await queryRows<NameParts>(db, sql`SELECT first_name AS "firstName", name_prefix AS "namePrefix", last_name AS "lastName", initials FROM persons WHERE id = ${personId} AND deleted_at IS NULL`)
    : [];
  const [organisation] = organisationId ? await queryRows<{ name: string }>(db, sql`SELECT name FROM organisations WHERE id = ${organisationId} AND deleted_at IS NULL`) : [];
  return { person: person ?? null, organisation: organisation?.name ?? null };
}

// What goes with a person in organisation when it is deleted: its live activities.
export async function getPersonInOrganisationDeleteImpact(id: number): Promise<{ activities: number }> {
  const db = await getDb();
  const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM activities WHERE person_in_organisation_id = ${id} AND deleted_at IS NULL`);
  return { activities: row.n };
}
