import 'server-only';
import { asc, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { queryRows } from '@/db/rows';
import { segments } from '@/db/schema';

// What a segment can be attached to.
export type SegmentTarget = 'organisation' | 'personInOrganisation';

// A segment as pickers and criteria show it.
export type SegmentOption = { id: number; parentId: number | null; name: string; active: boolean };

// The segments that apply to a kind of record, main segments and subsegments, in sort order.
export async function getSegmentOptions(target: SegmentTarget): Promise<SegmentOption[]> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(segments)
    .where(isNull(segments.deletedAt))
    .orderBy(asc(segments.sortOrder), asc(segments.name));
  return rows
    .filter((s) => (target === 'organisation' ? s.appliesToOrganisation : s.appliesToPersonInOrganisation))
    .map((s) => ({ id: s.id, parentId: s.parentId, name: s.name, active: s.active }));
}

// One segment of the tree page with the number of live records that use it.
export type SegmentNode = {
  id: number;
  parentId: number | null;
  name: string;
  appliesToOrganisation: boolean;
  appliesToPersonInOrganisation: boolean;
  active: boolean;
  version: number;
  organisations: number;
  personsInOrganisation: number;
};

// A main segment with its subsegments, both in sort order.
export type SegmentBranch = SegmentNode & { subs: SegmentNode[] };

// The live segment tree with usage counts, read in one query (grouped counts per column, added up per segment).
export async function getSegmentTree(): Promise<SegmentBranch[]> {
  const db = await getDb();
  const rows = await queryRows<SegmentNode>(
    db,
    sql`SELECT s.id, s.parent_id AS "parentId", s.name, s.applies_to_organisation AS "appliesToOrganisation",
          s.applies_to_person_in_organisation AS "appliesToPersonInOrganisation", s.active, s.version,
          coalesce(u.organisations, 0)::int AS organisations, coalesce(u.persons, 0)::int AS "personsInOrganisation"
        FROM segments s
        LEFT JOIN (
          SELECT id, sum(o) AS organisations, sum(p) AS persons FROM (
            SELECT segment_id AS id, count(*) AS o, 0 AS p FROM organisations WHERE deleted_at IS NULL AND segment_id IS NOT NULL GROUP BY segment_id
            UNION ALL SELECT subsegment_id, count(*), 0 FROM organisations WHERE deleted_at IS NULL AND subsegment_id IS NOT NULL GROUP BY subsegment_id
            UNION ALL SELECT category_id, 0, count(*) FROM persons_in_organisation WHERE deleted_at IS NULL AND category_id IS NOT NULL GROUP BY category_id
            UNION ALL SELECT subcategory_id, 0, count(*) FROM persons_in_organisation WHERE deleted_at IS NULL AND subcategory_id IS NOT NULL GROUP BY subcategory_id
          ) counts GROUP BY id
        ) u ON u.id = s.id
        WHERE s.deleted_at IS NULL
        ORDER BY s.sort_order, s.name, s.id`,
  );
  const mains: SegmentBranch[] = rows.filter((r) => r.parentId === null).map((r) => ({ ...r, subs: [] }));
  const byId = new Map(mains.map((m) => [m.id, m]));
  for (const row of rows) if (row.parentId !== null) byId.get(row.parentId)?.subs.push(row);
  return mains;
}
