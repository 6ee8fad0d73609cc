import { eq, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db';
import { bulkJobs, bulkJobStatusEnum } from '@/db/schema';
import type { MutationContext } from './context';

// What a batch is: its kind (e.g. 'bulk_update', 'segment_merge'), the table or list it works on, and its parameters.
export type BatchInfo = { kind: string; list: string; params?: Record<string, unknown> };

// Records a change of many records that completes within its transaction as one batch (a bulk job, done), and
// returns its id for the history entries it writes.
export async function createBatch(tx: Tx, ctx: MutationContext, batch: BatchInfo, total: number): Promise<number> {
  const [row] = await tx
    .insert(bulkJobs)
    .values({
      kind: batch.kind,
      list: batch.list,
      params: batch.params ?? {},
      status: 'done',
      total,
      processed: total,
      createdBy: ctx.user.id,
      startedAt: sql`now()`,
      finishedAt: sql`now()`,
    })
    .returning({ id: bulkJobs.id });
  return row.id;
}

// Sets how many records a batch changed, once that is known.
export async function finishBatch(tx: Tx, id: number, total: number): Promise<void> {
  await tx.update(bulkJobs).set({ total, processed: total, finishedAt: sql`now()` }).where(eq(bulkJobs.id, id));
}

// The INSERT of a done batch of `total` records (an SQL count) as a step of a larger statement, RETURNING its id;
// no batch is recorded when the count is 0.
export function batchInsertFrom(ctx: MutationContext, batch: BatchInfo, total: SQL): SQL {
  return sql`INSERT INTO ${bulkJobs} (kind, list, params, status, total, processed, created_by, started_at, finished_at)
    SELECT ${batch.kind}, ${batch.list}, ${JSON.stringify(batch.params ?? {})}::jsonb, 'done'::${sql.raw(bulkJobStatusEnum.enumName)}, n, n, ${ctx.user.id}, now(), now()
    FROM (${total}) AS c(n) WHERE n > 0 RETURNING id`;
}
