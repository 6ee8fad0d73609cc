import 'server-only';
import { and, asc, desc, eq, isNull, or, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { savedViews, users } from '@/db/schema';
import type { ListKind } from '@/lib/lists';

// The columns a user keeps as their default for a list, or null.
export async function getDefaultColumns(userId: number, list: ListKind): Promise<string[] | null> {
  const view = await getDefaultView(userId, list);
  const cols = view ? new URLSearchParams(view.query).get('cols') : null;
  return cols ? cols.split(',').filter(Boolean) : null;
}

// A user's default view of a list (the saved search the list opens with), or null.
export async function getDefaultView(userId: number, list: ListKind): Promise<{ id: number; query: string } | null> {
  const db = await getDb();
  const [view] = await db
    .select({ id: savedViews.id, query: savedViews.query })
    .from(savedViews)
    .where(and(eq(savedViews.userId, userId), eq(savedViews.list, list), eq(savedViews.isDefault, true), isNull(savedViews.deletedAt)));
  return view ?? null;
}

// A saved search as its list's panel shows it: whose it is, whether it is the owner's default and shared.
export type SavedViewItem = { id: number; version: number; name: string; query: string; isDefault: boolean; shared: boolean; mine: boolean; owner: string };

// The saved searches of a list a user may see: their own (by name), then those others share with all users.
export async function listSavedViews(userId: number, list: ListKind, id?: number): Promise<SavedViewItem[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: savedViews.id, version: savedViews.version, name: savedViews.name, query: savedViews.query, isDefault: savedViews.isDefault, shared: savedViews.shared, userId: savedViews.userId, owner: users.name })
    .from(savedViews)
    .innerJoin(users, eq(users.id, savedViews.userId))
    .where(and(eq(savedViews.list, list), isNull(savedViews.deletedAt), or(eq(savedViews.userId, userId), eq(savedViews.shared, true)), id ? eq(savedViews.id, id) : undefined))
    .orderBy(desc(sql`${savedViews.userId} = ${userId}`), asc(sql`lower(${savedViews.name})`), asc(savedViews.id))
    .limit(200);
  return rows.map(({ userId: owner, ...r }) => ({ ...r, mine: owner === userId, isDefault: owner === userId && r.isDefault }));
}

// A saved search of a list by id, when the user may see it (theirs, or shared); null otherwise, also for another
// user's private one.
export async function getReadableView(userId: number, list: ListKind, id: number): Promise<SavedViewItem | null> {
  return (await listSavedViews(userId, list, id))[0] ?? null;
}
