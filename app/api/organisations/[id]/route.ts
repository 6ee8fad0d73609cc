import { getSessionUser } from '@/lib/auth/session';
import { organisationFormValues } from '@/lib/organisations/form-values';
import { getOrganisation } from '@/lib/organisations/queries';
import { parseRecordId } from '@/lib/validation/record-id';

export const dynamic = 'force-dynamic';

// One live organisation as its form fills in (with id and version): GET /api/organisations/12.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!(await getSessionUser())) return Response.json({ error: 'unauthorised' }, { status: 401 });
  const id = parseRecordId((await params).id);
  const row = id ? await getOrganisation(id) : null;
  if (!row || row.deletedAt) return Response.json({ error: 'not found' }, { status: 404 });
  return Response.json(organisationFormValues(row), { headers: { 'Cache-Control': 'no-store' } });
}
