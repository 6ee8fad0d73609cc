import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { queryRows } from '@/db/rows';
import { organisations } from '@/db/schema';
import { fetchListPage, findNeighbours, type ListPage, type Neighbours } from '@/lib/list/query';
import { organisationListColumns, organisationListSpec, type OrganisationListState } from './list';

// One row of the organisations list; labels are resolved from the lookups when shown.
export type OrganisationListRow = {
  id: number;
  name: string;
  customerNumber: string | null;
  visitCity: string | null;
  accountManagerId: number | null;
  segmentId: number | null;
  subsegmentId: number | null;
  relationTypeId: number | null;
  statusId: number | null;
  industryId: number | null;
  phone: string | null;
  email: string | null;
  active: boolean;
  updatedAt: string;
};

// Who is asking, as far as the list cares.
export type ListViewer = { id: number; canSeeDeleted: boolean };

// One page of organisations for a list state, with the (capped) count.
export async function findOrganisations(state: OrganisationListState, viewer: ListViewer): Promise<ListPage<OrganisationListRow>> {
  const db = await getDb();
  return fetchListPage<OrganisationListRow>(db, organisationListSpec(state, viewer.id, viewer.canSeeDeleted), state, organisationListColumns);
}

// Where an organisation stands in the list the user came from.
export async function findOrganisationNeighbours(state: OrganisationListState, viewer: ListViewer, id: number): Promise<Neighbours | null> {
  const db = await getDb();
  return findNeighbours(db, organisationListSpec(state, viewer.id, viewer.canSeeDeleted), state, id);
}

// One organisation with everything the card shows (deleted ones too, for the Deleted view).
export async function getOrganisation(id: number) {
  const db = await getDb();
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row ?? null;
}

// The persons in organisation of an organisation, active first, then by end date (latest first).
export async function getOrganisationPersons(organisationId: number) {
  const db = await getDb();
  return queryRows<{
    id: number; personId: number; name: string; jobTitle: string | null; department: string | null;
    email: string | null; phone: string | null; active: boolean; startDate: string | null; endDate: string | null;
  }>(db, sql`
    SELECT pio.id, pio.person_id AS "personId",
           concat_ws(' ', p.first_name, p.name_prefix, p.last_name) AS name,
           pio.job_title AS "jobTitle", pio.department, pio.email, pio.phone, pio.active,
           to_char(pio.start_date, 'YYYY-MM-DD') AS "startDate", to_char(pio.end_date, 'YYYY-MM-DD') AS "endDate"
      FROM persons_in_organisation pio JOIN persons p ON p.id = pio.person_id
     WHERE pio.organisation_id = ${organisationId} AND pio.deleted_at IS NULL AND p.deleted_at IS NULL
     ORDER BY pio.active DESC, pio.end_date DESC NULLS FIRST, p.sort_name, pio.id
     LIMIT 500`);
}

// What goes with an organisation when it is deleted: its live persons in organisation and activities.
export async function getOrganisationDeleteImpact(organisationId: number): Promise<{ personsInOrganisation: number; activities: number }> {
  const db = await getDb();
  const [row] = await queryRows<{ pio: number; act: number }>(db, sql`
    SELECT (SELECT count(*) FROM persons_in_organisation WHERE organisation_id = ${organisationId} AND deleted_at IS NULL)::int AS pio,
           (SELECT count(*) FROM activities WHERE organisation_id = ${organisationId} AND deleted_at IS NULL)::int AS act`);
  return { personsInOrganisation: row.pio, activities: row.act };
}
