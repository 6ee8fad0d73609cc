import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { queryRows } from '@/db/rows';
import { displayName } from '@/lib/persons/names';

// Live records per kind.
export type DashboardCounts = { organisations: number; persons: number; personsInOrganisation: number; segments: number };

// One recently created or changed record for the dashboard lists.
export type RecentRecord = { kind: 'organisation' | 'person' | 'personInOrganisation'; id: number; label: string; at: string; by: string | null };

// An open activity assigned to the user, with the record it is about (a person in organisation, else the
// organisation, else the person) and whether its due moment has passed.
export type OpenActivity = {
  id: number;
  kind: string;
  subject: string;
  dueAt: string | null;
  overdue: boolean;
  record: { kind: RecentRecord['kind']; id: number; name: string; organisation: string | null };
};

// The numbers at the top of the dashboard, from the trigger-kept count deltas (O(1), not a scan of 400k rows; the
// write path folds them together, see compactRecordCounts). Reads only.
export async function getDashboardCounts(): Promise<DashboardCounts> {
  const db = await getDb();
  const rows = await queryRows<{ table: string; n: number }>(db, sql`
    SELECT table_name AS table, sum(delta)::int AS n FROM record_count_deltas GROUP BY table_name
    UNION ALL SELECT 'segments', count(*)::int FROM segments WHERE deleted_at IS NULL`);
  const n = (table: string) => rows.find((r) => r.table === table)?.n ?? 0;
  return { organisations: n('organisations'), persons: n('persons'), personsInOrganisation: n('persons_in_organisation'), segments: n('segments') };
}

// The latest records by creation or by last change, over organisations, persons and persons in organisation.
export async function getRecentRecords(by: 'created' | 'updated', limit = 8): Promise<RecentRecord[]> {
  const db = await getDb();
  const col = sql.raw(by === 'created' ? 'created_at' : 'updated_at');
  const who = sql.raw(by === 'created' ? 'created_by' : 'updated_by');
  const rows = await queryRows<{ kind: RecentRecord['kind']; id: number; label: string; at: Date | string; by: string | null }>(db, sql`
    SELECT r.kind, r.id, r.label, r.at, u.name AS by FROM (
      (SELECT 'organisation' AS kind, id, name AS label, ${col} AS at, ${who} AS uid
         FROM organisations WHERE deleted_at IS NULL ORDER BY ${col} DESC LIMIT ${limit})
      UNION ALL
      (SELECT 'person', id, concat_ws(' ', first_name, name_prefix, last_name), ${col}, ${who}
         FROM persons WHERE deleted_at IS NULL ORDER BY ${col} DESC LIMIT ${limit})
      UNION ALL
      (SELECT 'personInOrganisation', pio.id, concat_ws(' · ', concat_ws(' ', p.first_name, p.name_prefix, p.last_name), o.name), pio.${col}, pio.${who}
         FROM (SELECT * FROM persons_in_organisation WHERE deleted_at IS NULL ORDER BY ${col} DESC LIMIT ${limit}) pio
         JOIN persons p ON p.id = pio.person_id JOIN organisations o ON o.id = pio.organisation_id)
    ) r LEFT JOIN users u ON u.id = r.uid
    ORDER BY r.at DESC, r.id DESC LIMIT ${limit}`);
  return rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
}

type ActivityRow = Omit<OpenActivity, 'dueAt' | 'record'> & {
  dueAt: Date | string | null;
  recordKind: RecentRecord['kind'];
  recordId: number;
  organisation: string | null;
  firstName: string | null;
  namePrefix: string | null;
  lastName: string | null;
  initials: string | null;
};

// The user's open activities with a due date, soonest (so the overdue ones) first.
export async function getOpenActivities(userId: number, limit = 8): Promise<OpenActivity[]> {
  const db = await getDb();
  const rows = await queryRows<ActivityRow>(db, sql`
    SELECT a.id, a.kind, a.subject, a.due_at AS "dueAt", a.due_at < now() AS overdue,
           CASE WHEN a.person_in_organisation_id IS NOT NULL THEN 'personInOrganisation' WHEN a.organisation_id IS NOT NULL THEN 'organisation' ELSE 'person' END AS "recordKind",
           coalesce(a.person_in_organisation_id, a.organisation_id, a.person_id) AS "recordId",
           o.name AS organisation, p.first_name AS "firstName", p.name_prefix AS "namePrefix", p.last_name AS "lastName", p.initials
      FROM (SELECT * FROM activities
             WHERE assigned_to_id = ${userId} AND deleted_at IS NULL AND NOT done AND due_at IS NOT NULL
             ORDER BY due_at LIMIT ${limit}) a
      LEFT JOIN persons_in_organisation r ON r.id = a.person_in_organisation_id
      LEFT JOIN organisations o ON o.id = coalesce(r.organisation_id, a.organisation_id)
      LEFT JOIN persons p ON p.id = coalesce(r.person_id, a.person_id)
     ORDER BY a.due_at, a.id`);
  return rows.map(({ recordKind, recordId, organisation, firstName, namePrefix, lastName, initials, ...r }) => {
    const person = lastName ? displayName({ firstName, namePrefix, lastName, initials }) : '';
    return {
      ...r,
      dueAt: r.dueAt ? new Date(r.dueAt).toISOString() : null,
      record: { kind: recordKind, id: recordId, name: recordKind === 'organisation' ? (organisation ?? '') : person, organisation: recordKind === 'personInOrganisation' ? organisation : null },
    };
  });
}
