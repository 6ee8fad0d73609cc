import { activitiesCalendar } from '@/lib/calendar/feed';
import { appOrigin } from '@/lib/calendar/origin';
import { findFeedOwner, getFeedActivities } from '@/lib/calendar/queries';
import { feedTexts } from '@/lib/calendar/texts';
import { tokenFromPath } from '@/lib/calendar/tokens';

export const dynamic = 'force-dynamic';

// A user's personal iCalendar feed of their open activities with a due date: GET /api/calendar/<token>.ics.
// The secret token is the only key (calendar apps cannot sign in); a renewed or revoked token gets 404.
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = tokenFromPath((await params).token);
  const owner = token ? await findFeedOwner(token) : null;
  if (!owner) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  const rows = await getFeedActivities(owner.id);
  const body = activitiesCalendar(rows, feedTexts(owner.locale), appOrigin(request));
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'private, no-store', 'Content-Disposition': 'inline; filename="relatio.ics"' } });
}
