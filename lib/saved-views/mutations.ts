import 'server-only';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '@/db';
import { savedViews } from '@/db/schema';
import type { ListKind } from '@/lib/lists';
import type { MutationContext } from '@/lib/mutation';
import { insertRecord, lockRecord, setDeleted, updateRecord } from '@/lib/mutation/records';
import { fieldError } from '@/lib/mutation/result';
import { viewFor } from './access';
import { savedQuery } from './lists';
import type * as v from './validations';

type In<S extends z.ZodType> = z.output<S>;
const mine = (ctx: MutationContext, list: ListKind) => and(eq(savedViews.userId, ctx.user.id), eq(savedViews.list, list), isNull(savedViews.deletedAt));

// What a change of a saved search returns: which search, its version now, and its list (to refresh it).
export type ViewChanged = { id: number; version: number; list: ListKind };
const changed = (row: { id: number; version: number; list: ListKind }): ViewChanged => ({ id: row.id, version: row.version, list: row.list });

async function refuseTakenName(tx: Tx, ctx: MutationContext, list: ListKind, name: string, except = 0) {
  const [taken] = await tx.select({ id: savedViews.id }).from(savedViews).where(and(mine(ctx, list), ne(savedViews.id, except), sql`lower(${savedViews.name}) = lower(${name})`));
  if (taken) throw fieldError('name', 'savedViews.nameTaken');
}

// Keeps a column choice in the user's default view of a list (one per user and list), leaving its criteria as they are.
export async function saveDefaultColumns(tx: Tx, input: In<typeof v.defaultColumnsSchema>, ctx: MutationContext) {
  const [existing] = await tx.select({ id: savedViews.id, version: savedViews.version, query: savedViews.query }).from(savedViews).where(and(mine(ctx, input.list), eq(savedViews.isDefault, true)));
  const query = savedQuery(input.list, existing?.query ?? '');
  const withCols = savedQuery(input.list, `${query}&cols=${input.cols.join(',')}`);
  if (existing) await updateRecord(tx, ctx, savedViews, existing.id, existing.version, { query: withCols });
  else await insertRecord(tx, ctx, savedViews, { userId: ctx.user.id, list: input.list, name: input.name ?? 'default', query: withCols, isDefault: true });
  return { cols: input.cols };
}

// Saves the current list state under a new name, as the user's own search.
export async function saveView(tx: Tx, input: In<typeof v.saveViewSchema>, ctx: MutationContext): Promise<ViewChanged> {
  await refuseTakenName(tx, ctx, input.list, input.name);
  return changed(await insertRecord(tx, ctx, savedViews, { userId: ctx.user.id, list: input.list, name: input.name, query: savedQuery(input.list, input.query), shared: input.shared }));
}

// Renames a saved search.
export async function renameView(tx: Tx, input: In<typeof v.renameViewSchema>, ctx: MutationContext): Promise<ViewChanged> {
  const view = await viewFor(tx, ctx.user, input.id, 'change');
  await refuseTakenName(tx, { user: { ...ctx.user, id: view.userId } }, view.list, input.name, view.id);
  return changed(await updateRecord(tx, ctx, savedViews, view.id, input.version, { name: input.name }));
}

// Saves the current list state into a saved search ("save changes").
export async function updateView(tx: Tx, input: In<typeof v.updateViewSchema>, ctx: MutationContext): Promise<ViewChanged> {
  const view = await viewFor(tx, ctx.user, input.id, 'change');
  return changed(await updateRecord(tx, ctx, savedViews, view.id, input.version, { query: savedQuery(view.list, input.query) }));
}

// Deletes a saved search (kept in history).
export async function deleteView(tx: Tx, input: In<typeof v.deleteViewSchema>, ctx: MutationContext): Promise<ViewChanged> {
  const view = await viewFor(tx, ctx.user, input.id, 'change');
  await lockRecord(tx, savedViews, view.id, input.version);
  return changed(await setDeleted(tx, ctx, savedViews, view.id, true));
}

// Makes one of the user's own searches their default view of its list (the one before it stops being that), or
// stops it being the default.
export async function setDefaultView(tx: Tx, input: In<typeof v.defaultViewSchema>, ctx: MutationContext): Promise<ViewChanged> {
  const view = await viewFor(tx, ctx.user, input.id, 'own');
  if (input.isDefault) {
    const before = await tx.select({ id: savedViews.id, version: savedViews.version }).from(savedViews).where(and(mine(ctx, view.list), eq(savedViews.isDefault, true), ne(savedViews.id, view.id)));
    for (const b of before) await updateRecord(tx, ctx, savedViews, b.id, b.version, { isDefault: false });
  }
  return changed(await updateRecord(tx, ctx, savedViews, view.id, input.version, { isDefault: input.isDefault }));
}

// Shares a saved search with all users (read-only for them), or stops sharing it; the owner does, or someone who
// manages shared searches stops sharing it.
export async function shareView(tx: Tx, input: In<typeof v.shareViewSchema>, ctx: MutationContext): Promise<ViewChanged> {
  const view = await viewFor(tx, ctx.user, input.id, input.shared ? 'own' : 'change');
  return changed(await updateRecord(tx, ctx, savedViews, view.id, input.version, { shared: input.shared }));
}

// Copies a saved search the user may see to their own searches, under a name of theirs.
export async function copyView(tx: Tx, input: In<typeof v.copyViewSchema>, ctx: MutationContext): Promise<ViewChanged> {
  const view = await viewFor(tx, ctx.user, input.id, 'read');
  await refuseTakenName(tx, ctx, view.list, input.name);
  return changed(await insertRecord(tx, ctx, savedViews, { userId: ctx.user.id, list: view.list, name: input.name, query: savedQuery(view.list, view.query) }));
}
