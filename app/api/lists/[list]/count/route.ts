import { getDb } from '@/db';
import { getSessionUser } from '@/lib/auth/session';
import { hasRole } from '@/lib/auth/roles';
import { countMatch } from '@/lib/list/matching';
import { selectionSchema } from '@/lib/list/selection';
import { listKinds, listMatch, type ListKind } from '@/lib/lists';

export const dynamic = 'force-dynamic';

// The exact number of rows matching a list's search and criteria, at any size (the list itself stops counting at
// 10,000): GET /api/lists/organisations/count?matching=<the list's query>&nearMisses=1 → { count }.
export async function GET(request: Request, { params }: { params: Promise<{ list: string }> }) {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: 'unauthorised' }, { status: 401 });
  const { list } = await params;
  if (!(listKinds as readonly string[]).includes(list)) return Response.json({ error: 'not found' }, { status: 404 });
  const url = new URL(request.url);
  const selection = selectionSchema.safeParse({ matching: url.searchParams.get('matching') ?? '', nearMisses: url.searchParams.get('nearMisses') === '1', expectedCount: 0 });
  if (!selection.success) return Response.json({ error: 'bad request' }, { status: 400 });
  const match = listMatch(list as ListKind, selection.data, { id: user.id, canSeeDeleted: hasRole(user.role, 'crm_super') });
  return Response.json({ count: await countMatch(await getDb(), match) }, { headers: { 'Cache-Control': 'no-store' } });
}
