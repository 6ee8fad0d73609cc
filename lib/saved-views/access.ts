import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db';
import { savedViews, type SavedView } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/authorize';
import { hasRole } from '@/lib/auth/roles';
import { formError } from '@/lib/mutation/result';

// Whether a user may see and run a saved search: their own, or one shared with all users.
export const canRead = (view: Pick<SavedView, 'userId' | 'shared'>, user: Pick<SessionUser, 'id'>) => view.userId === user.id || view.shared;

// Whether a user may change a saved search: their own; a shared one also when they manage shared searches
// (CRM Super, admin).
export const canChange = (view: Pick<SavedView, 'userId' | 'shared'>, user: Pick<SessionUser, 'id' | 'role'>) =>
  view.userId === user.id || (view.shared && hasRole(user.role, 'crm_super'));

// The live saved search `id` as the user may see it; another user's private search is as good as gone (its
// existence is not given away), a shared one they may not change is refused.
export async function viewFor(tx: Tx, user: SessionUser, id: number, intent: 'read' | 'change' | 'own'): Promise<SavedView> {
  const [view] = await tx.select().from(savedViews).where(eq(savedViews.id, id));
  if (!view || view.deletedAt || !canRead(view, user)) throw formError('savedViews.notFound');
  if (intent === 'change' && !canChange(view, user)) throw formError('savedViews.notYours');
  if (intent === 'own' && view.userId !== user.id) throw formError('savedViews.notYours');
  return view;
}
