import { getSessionUser } from '@/lib/auth/session';
import { organisationFormValues } from '@/lib/organisations/form-values';
import { getOrganisation } from '@/lib/organisations/queries';

export const dynamic = 'force-dynamic';

// One live organisation as its form fills in (with id and version): GET /api/organisations/12.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!(await getSessionUser())) return Response.json({ error: 'unauthorised' }, { status: 401 });
  const id = Number((await params).id);
  const row = Number.isSafeInteger(id) && id > 0 ? await getOrganisation(id) : null;
  if (!row || row.deletedAt) return Response.json({ error: 'not found' }, { status: 404 });
  return Response.json(organisationFormValues(row), { headers: { 'Cache-Control': 'no-store' } });
}
