import { getActivity } from '@/lib/activities/queries';
import { getSessionUser } from '@/lib/auth/session';
import { activitiesCalendar } from '@/lib/calendar/feed';
import { appOrigin } from '@/lib/calendar/origin';
import { feedTexts } from '@/lib/calendar/texts';

export const dynamic = 'force-dynamic';

// "Add to calendar": one activity with a due date as an .ics file to open in any calendar app.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: 'unauthorised' }, { status: 401 });
  const id = Number((await params).id);
  const row = Number.isSafeInteger(id) && id > 0 ? await getActivity(id) : null;
  if (!row || row.deleted || !row.dueAt) return Response.json({ error: 'not found' }, { status: 404 });
  const body = activitiesCalendar([row], feedTexts(user.locale), appOrigin(request));
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `attachment; filename="activity-${row.id}.ics"`, 'Cache-Control': 'no-store' } });
}
