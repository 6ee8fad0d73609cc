import { getReminders, countDueToday } from '@/lib/activities/queue';
import { ownerPath } from '@/lib/activities/rows';
import { getSessionUser } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';

// What the open app polls: my timed activities that came due in the last hours, when the next one comes, and the
// number on the navigation badge. GET /api/activities/reminders
export async function GET() {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: 'unauthorised' }, { status: 401 });
  const now = new Date();
  const [{ due, next }, badge] = await Promise.all([getReminders(user.id, now), countDueToday(user.id, now)]);
  return Response.json(
    { now: now.toISOString(), next, badge, due: due.map((r) => ({ id: r.id, kind: r.kind, subject: r.subject, dueAt: r.dueAt, record: r.owner.name, href: ownerPath(r.owner) })) },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
