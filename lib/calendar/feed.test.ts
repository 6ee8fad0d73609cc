import ical from 'node-ical';
import { renewCalendarFeedAction, revokeCalendarFeedAction } from '@/app/(app)/calendar/actions';
import { GET as feed } from '@/app/api/calendar/[token]/route';
import type { DbHandle } from '@/db/connect';
import { activities, calendarFeeds, organisations } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import { dueInstant } from '@/lib/activities/due';
import type { SessionUser } from '@/lib/auth/authorize';
import { getSessionUser } from '@/lib/auth/session';
import { makeUser } from '@/lib/testing/fixtures';

jest.mock('@/lib/auth/session', () => ({ getSessionUser: jest.fn() }));

let handle: DbHandle;
let me: SessionUser;
beforeAll(async () => {
  handle = await openTestDatabase();
  me = await makeUser(handle.db, 'user');
  (getSessionUser as jest.Mock).mockResolvedValue(me);
  const [o] = await handle.db.insert(organisations).values({ name: 'Agenda B.V.' }).returning();
  const base = { organisationId: o.id, assignedToId: me.id, createdBy: me.id };
  await handle.db.insert(activities).values([
    { ...base, kind: 'call', subject: 'Winterbel', dueAt: dueInstant('2026-12-10', '09:30'), dueHasTime: true },
    { ...base, kind: 'meeting', subject: 'Zomerafspraak', dueAt: dueInstant('2027-07-01', '14:00'), dueHasTime: true },
    { ...base, kind: 'task', subject: 'Hele dag', dueAt: dueInstant('2027-03-28', null) },
    { ...base, kind: 'task', subject: 'Klaar', dueAt: dueInstant('2026-12-11', null), done: true },
    { ...base, kind: 'task', subject: 'Zonder datum', dueAt: null },
  ]);
});
afterAll(() => handle.close());

const fetchFeed = (token: string) => feed(new Request(`http://relatio.test/api/calendar/${token}.ics`), { params: Promise.resolve({ token: `${token}.ics` }) });

async function renew(): Promise<string> {
  const [current] = await handle.db.select().from(calendarFeeds);
  const result = await renewCalendarFeedAction({ version: current?.version ?? null });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.token;
}

describe('personal calendar feed', () => {
  it('is a calendar a parser reads: open dated activities at the right moments, all-day ones on their date', async () => {
    const token = await renew();
    const res = await fetchFeed(token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const events = Object.values(ical.sync.parseICS(await res.text())).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
    const bySummary = Object.fromEntries(events.map((e) => [String(e.summary), e]));
    expect(Object.keys(bySummary).sort()).toEqual(['Afspraak: Zomerafspraak', 'Taak: Hele dag', 'Telefoongesprek: Winterbel']);
    expect(bySummary['Telefoongesprek: Winterbel'].start.toISOString()).toBe('2026-12-10T08:30:00.000Z'); // 09:30 winter time
    expect(bySummary['Afspraak: Zomerafspraak'].start.toISOString()).toBe('2027-07-01T12:00:00.000Z'); // 14:00 summer time
    expect(bySummary['Afspraak: Zomerafspraak'].end?.toISOString()).toBe('2027-07-01T13:00:00.000Z');
    const allDay = bySummary['Taak: Hele dag'];
    expect(allDay.datetype).toBe('date');
    expect([allDay.start.getFullYear(), allDay.start.getMonth() + 1, allDay.start.getDate()]).toEqual([2027, 3, 28]);
    const url = bySummary['Telefoongesprek: Winterbel'].url as unknown as string | { val: string };
    expect(typeof url === 'string' ? url : url.val).toMatch(/^http:\/\/relatio\.test\/organisations\/\d+$/);
  });

  it('refuses the old token once renewed, and every token once revoked', async () => {
    const old = await renew();
    const fresh = await renew();
    expect((await fetchFeed(old)).status).toBe(404);
    expect((await fetchFeed(fresh)).status).toBe(200);
    const [current] = await handle.db.select().from(calendarFeeds);
    expect(current.tokenHash).not.toContain(fresh);
    expect((await revokeCalendarFeedAction({ version: current.version })).ok).toBe(true);
    expect((await fetchFeed(fresh)).status).toBe(404);
    expect((await fetchFeed('not-a-token')).status).toBe(404);
    const again = await renew();
    expect((await fetchFeed(again)).status).toBe(200);
  });
});
