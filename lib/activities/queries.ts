import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { queryRows } from '@/db/rows';
import type { ActivityCardState } from './card-state';
import { activityColumns, activityJoins, toActivityRow, type ActivityRow } from './rows';

// The records an activities panel can belong to.
export type { ActivitySubjectKind as ActivityOwnerKind } from './validations';
import type { ActivitySubjectKind as ActivityOwnerKind } from './validations';

// Which activities a card shows: its own, and for an organisation or a person also those of its persons in organisation.
function belongsTo(kind: ActivityOwnerKind, id: number): SQL {
  if (kind === 'organisation') return sql`(a.organisation_id = ${id} OR a.person_in_organisation_id IN (SELECT x.id FROM persons_in_organisation x WHERE x.organisation_id = ${id}))`;
  if (kind === 'person') return sql`(a.person_id = ${id} OR a.person_in_organisation_id IN (SELECT x.id FROM persons_in_organisation x WHERE x.person_id = ${id}))`;
  return sql`a.person_in_organisation_id = ${id}`;
}

const orderBy: Record<ActivityCardState['sort'], SQL> = {
  newest: sql`a.created_at DESC`,
  date: sql`a.due_at ASC NULLS LAST`,
  author: sql`au.name ASC NULLS LAST, a.created_at DESC`,
  priority: sql`a.priority DESC, a.created_at DESC`,
};

const shows: Record<ActivityCardState['show'], SQL> = {
  all: sql`a.deleted_at IS NULL`,
  open: sql`a.deleted_at IS NULL AND NOT a.done`,
  done: sql`a.deleted_at IS NULL AND a.done`,
  deleted: sql`a.deleted_at IS NOT NULL`,
};

// The activities on a card, pinned first, then in the chosen order, with how many there are in all.
export async function getRecordActivities(kind: ActivityOwnerKind, id: number, state: ActivityCardState): Promise<{ rows: ActivityRow[]; total: number }> {
  const db = await getDb();
  const rows = await queryRows<Record<string, unknown>>(db, sql`
    SELECT ${activityColumns}, count(*) OVER ()::int AS total
      FROM activities a ${activityJoins}
     WHERE ${belongsTo(kind, id)} AND ${shows[state.show]} ${state.kind ? sql`AND a.kind = ${state.kind}` : sql``}
     ORDER BY a.pinned DESC, ${orderBy[state.sort]}, a.id DESC
     LIMIT ${state.limit}`);
  return { rows: rows.map(toActivityRow), total: (rows[0]?.total as number) ?? 0 };
}

// One activity by id, live or deleted, or null.
export async function getActivity(id: number): Promise<ActivityRow | null> {
  const db = await getDb();
  const [row] = await queryRows<Record<string, unknown>>(db, sql`SELECT ${activityColumns} FROM activities a ${activityJoins} WHERE a.id = ${id}`);
  return row ? toActivityRow(row) : null;
}
