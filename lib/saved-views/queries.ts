import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { savedViews } from '@/db/schema';

type ListKind = (typeof savedViews.$inferSelect)['list'];

// The columns a user keeps as their default for a list, or null.
export async function getDefaultColumns(userId: number, list: ListKind): Promise<string[] | null> {
  const db = await getDb();
  const [view] = await db
    .select({ query: savedViews.query })
    .from(savedViews)
    .where(and(eq(savedViews.userId, userId), eq(savedViews.list, list), eq(savedViews.isDefault, true), isNull(savedViews.deletedAt)));
  const cols = view ? new URLSearchParams(view.query).get('cols') : null;
  return cols ? cols.split(',').filter(Boolean) : null;
}
