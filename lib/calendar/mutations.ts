import 'server-only';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '@/db';
import { calendarFeeds } from '@/db/schema';
import type { MutationContext } from '@/lib/mutation';
import { insertRecord, setDeleted, updateRecord } from '@/lib/mutation/records';
import { formError } from '@/lib/mutation/result';
import { hashFeedToken, newFeedToken } from './tokens';
import type { renewFeedSchema, revokeFeedSchema } from './validations';

// Gives the signed-in user a feed with a new secret token, replacing (and so revoking) the old one. The token is
// returned once, to be shown; only its hash is stored.
export async function renewCalendarFeed(tx: Tx, input: z.output<typeof renewFeedSchema>, ctx: MutationContext) {
  const token = newFeedToken();
  const tokenHash = hashFeedToken(token);
  const [current] = await tx.select().from(calendarFeeds).where(eq(calendarFeeds.userId, ctx.user.id)).for('update');
  if (!current) {
    const row = await insertRecord(tx, ctx, calendarFeeds, { userId: ctx.user.id, tokenHash });
    return { token, version: row.version };
  }
  if (input.version !== current.version) throw formError('errors.staleVersion');
  if (current.deletedAt) await setDeleted(tx, ctx, calendarFeeds, current.id, false);
  const row = await updateRecord(tx, ctx, calendarFeeds, current.id, current.deletedAt ? current.version + 1 : current.version, { tokenHash });
  return { token, version: row.version };
}

// Revokes the signed-in user's feed: its address stops working at once.
export async function revokeCalendarFeed(tx: Tx, input: z.output<typeof revokeFeedSchema>, ctx: MutationContext) {
  const [current] = await tx.select().from(calendarFeeds).where(eq(calendarFeeds.userId, ctx.user.id)).for('update');
  if (!current || current.deletedAt) throw formError('errors.recordGone');
  if (input.version !== current.version) throw formError('errors.staleVersion');
  const row = await setDeleted(tx, ctx, calendarFeeds, current.id, true);
  return { version: row.version };
}
