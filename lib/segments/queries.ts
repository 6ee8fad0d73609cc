import 'server-only';
import { asc, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
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
