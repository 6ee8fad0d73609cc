import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '@/db';
import { savedViews } from '@/db/schema';
import type { MutationContext } from '@/lib/mutation';
import { insertRecord, updateRecord } from '@/lib/mutation/records';
import type { defaultColumnsSchema } from './validations';

// Keeps a column choice as the user's default view of a list (one per user and list).
export async function saveDefaultColumns(tx: Tx, input: z.output<typeof defaultColumnsSchema>, ctx: MutationContext) {
  const query = new URLSearchParams({ cols: input.cols.join(',') }).toString();
  const [existing] = await tx
    .select({ id: savedViews.id, version: savedViews.version })
    .from(savedViews)
    .where(and(eq(savedViews.userId, ctx.user.id), eq(savedViews.list, input.list), eq(savedViews.isDefault, true), isNull(savedViews.deletedAt)));
  if (existing) await updateRecord(tx, ctx, savedViews, existing.id, existing.version, { query });
  else await insertRecord(tx, ctx, savedViews, { userId: ctx.user.id, list: input.list, name: 'default', query, isDefault: true });
  return { cols: input.cols };
}
