import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { queryRows } from '@/db/rows';
import type { ActivityCardState } from './card-state';
import { recordActivitiesQuery } from './card-sql';
import { activityColumns, activityJoins, toActivityRow, type ActivityRow } from './rows';
import type { ActivitySubjectKind as ActivityOwnerKind } from './validations';

// The activities on a card, pinned first, then in the chosen order, with how many there are in all.
export async function getRecordActivities(kind: ActivityOwnerKind, id: number, state: ActivityCardState): Promise<{ rows: ActivityRow[]; total: number }> {
  const db = await getDb();
  const rows = await queryRows<Record<string, unknown>>(db, recordActivitiesQuery(kind, id, state));
  return { rows: rows.map(toActivityRow), total: (rows[0]?.total as number) ?? 0 };
}

// One activity by id, live or deleted, or null.
export async function getActivity(id: number): Promise<ActivityRow | null> {
  const db = await getDb();
  const [row] = await queryRows<Record<string, unknown>>(db, sql`SELECT ${activityColumns} FROM activities a ${activityJoins} WHERE a.id = ${id}`);
  return row ? toActivityRow(row) : null;
}
