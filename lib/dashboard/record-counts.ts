import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db';

// How many count deltas may pile up before a write folds them together.
export const countDeltaLimit = 200;

// Folds the dashboard's count deltas (one row per write statement, appended by triggers) into one row per table,
// once more than `limit` have piled up; one statement, safe alongside concurrent writers. Part of the write path,
// never of a page render.
export async function compactRecordCounts(db: Db | Tx, limit = countDeltaLimit): Promise<void> {
  await db.execute(sql`
    WITH d AS (DELETE FROM record_count_deltas WHERE (SELECT count(*) FROM record_count_deltas) > ${limit} RETURNING *)
    INSERT INTO record_count_deltas SELECT table_name, sum(delta) FROM d GROUP BY table_name`);
}
