import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db';
import { queryRows } from '@/db/rows';

// Department and job title are suggestions by label: their entries are never "in use".

// How many live records use each entry (entries without any are left out), in one query of grouped counts.
export async function choiceEntryUsage(db: Db | Tx): Promise<Map<number, number>> {
  const rows = await queryRows<{ id: number; n: number }>(
    db,
    sql`SELECT id, sum(n)::int AS n FROM (
          SELECT relation_type_id AS id, count(*) AS n FROM organisations WHERE deleted_at IS NULL AND relation_type_id IS NOT NULL GROUP BY relation_type_id
          UNION ALL SELECT status_id, count(*) FROM organisations WHERE deleted_at IS NULL AND status_id IS NOT NULL GROUP BY status_id
          UNION ALL SELECT industry_id, count(*) FROM organisations WHERE deleted_at IS NULL AND industry_id IS NOT NULL GROUP BY industry_id
          UNION ALL SELECT salutation_id, count(*) FROM persons WHERE deleted_at IS NULL AND salutation_id IS NOT NULL GROUP BY salutation_id
        ) counts GROUP BY id`,
  );
  return new Map(rows.map((r) => [r.id, r.n]));
}

// How many live records use one entry.
export async function countChoiceEntryUse(tx: Tx, id: number): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`SELECT ((SELECT count(*) FROM organisations WHERE deleted_at IS NULL AND (relation_type_id = ${id} OR status_id = ${id} OR industry_id = ${id}))
          + (SELECT count(*) FROM persons WHERE deleted_at IS NULL AND salutation_id = ${id}))::int AS n`,
  );
  return row.n;
}
