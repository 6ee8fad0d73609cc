import { getSessionUser } from '@/lib/auth/session';
import { queryText } from '@/lib/validation/query-text';
import { suggestPersons } from '@/lib/typeahead/queries';

export const dynamic = 'force-dynamic';

// Person picker suggestions: GET ?q=text → [{ id, label, detail }].
export async function GET(request: Request) {
  if (!(await getSessionUser())) return Response.json({ error: 'unauthorised' }, { status: 401 });
  const q = queryText(new URL(request.url).searchParams.get('q'));
  return Response.json(await suggestPersons(q), { headers: { 'Cache-Control': 'no-store' } });
}
