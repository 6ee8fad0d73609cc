import { getSessionUser } from '@/lib/auth/session';
import { parseDuplicateProbe } from '@/lib/business-relation/duplicate-probe';
import { findLikelyDuplicates } from '@/lib/business-relation/duplicates';

export const dynamic = 'force-dynamic';

// Likely duplicates of the business relation being typed: GET ?email=…&lastName=…&organisationName=…&kvkNumber=… → [match].
export async function GET(request: Request) {
  if (!(await getSessionUser())) return Response.json({ error: 'unauthorised' }, { status: 401 });
  const probe = parseDuplicateProbe(new URL(request.url).searchParams);
  return Response.json(await findLikelyDuplicates(probe), { headers: { 'Cache-Control': 'no-store' } });
}
