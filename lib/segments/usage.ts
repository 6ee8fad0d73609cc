import 'server-only';
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db';
import { queryRows } from '@/db/rows';

// How many live records use a segment, as main segment or as subsegment, per kind of record.
export type SegmentUsage = { organisations: number; personsInOrganisation: number };

// Counts the live organisations and persons in organisation that use a segment.
export async function segmentUsage(tx: Tx, id: number): Promise<SegmentUsage> {
  const [row] = await queryRows<SegmentUsage>(
    tx,
    sql`SELECT
          (SELECT count(*) FROM organisations WHERE deleted_at IS NULL AND (segment_id = ${id} OR subsegment_id = ${id}))::int AS organisations,
          (SELECT count(*) FROM persons_in_organisation WHERE deleted_at IS NULL AND (category_id = ${id} OR subcategory_id = ${id}))::int AS "personsInOrganisation"`,
  );
  return row;
}
