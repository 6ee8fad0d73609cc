import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { queryRows } from '@/db/rows';

// Live records per kind.
export type DashboardCounts = { organisations: number; persons: number; personsInOrganisation: number; segments: number };

// One recently created or changed record for the dashboard lists.
export type RecentRecord = { kind: 'organisation' | 'person' | 'personInOrganisation'; id: number; label: string; at: string; by: string | null };

// An open activity assigned to the user.
export type OpenActivity = { id: number; kind: string; subject: string; dueAt: string | null; organisationId: number | null; personId: number | null };

// The numbers at the top of the dashboard, from the trigger-kept count deltas (O(1), not a scan of 400k rows).
export async function getDashboardCounts(): Promise<DashboardCounts> {
  const db = await getDb();
  const rows = await queryRows<{ table: string; n: number; parts: number }>(db, sql`
    SELECT table_name AS table, sum(delta)::int AS n, count(*)::int AS parts FROM record_count_deltas GROUP BY table_name
    UNION ALL SELECT 'segments', count(*)::int, 1 FROM segments WHERE deleted_at IS NULL`);
  if (rows.some((r) => r.parts > 200)) await compactCounts();
  const n = (table: string) => rows.find((r) => r.table === table)?.n ?? 0;
  return { organisations: n('organisations'), persons: n('persons'), personsInOrganisation: n('persons_in_organisation'), segments: n('segments') };
}

// Folds the accumulated count deltas into one row per table (safe alongside concurrent writers).
export async function compactCounts(): Promise<void> {
  const db = await getDb();
  await db.execute(sql`WITH d AS (DELETE FROM record_count_deltas RETURNING *) INSERT INTO record_count_deltas SELECT table_name, sum(delta) FROM d GROUP BY table_name`);
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

// The user's open activities with a due date, soonest first.
export async function getOpenActivities(userId: number, limit = 8): Promise<OpenActivity[]> {
  const db = await getDb();
  const rows = await queryRows<OpenActivity & { dueAt: Date | string | null }>(db, sql`
    SELECT id, kind, subject, due_at AS "dueAt", organisation_id AS "organisationId", person_id AS "personId"
      FROM activities
     WHERE assigned_to_id = ${userId} AND deleted_at IS NULL AND NOT done AND due_at IS NOT NULL
     ORDER BY due_at LIMIT ${limit}`);
  return rows.map((r) => ({ ...r, dueAt: r.dueAt ? new Date(r.dueAt).toISOString() : null }));
}
