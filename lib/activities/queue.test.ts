import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/connect';
import { queryRows } from '@/db/rows';
import { activities, organisations } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import type { SessionUser } from '@/lib/auth/authorize';
import { makeUser } from '@/lib/testing/fixtures';
import { dueInstant } from './due';
import { countDueToday, getReminders, getWorkQueue } from './queue';

let handle: DbHandle;
let me: SessionUser;
let colleague: SessionUser;
// Tuesday 1 December 2026, 10:00 in Amsterdam.
const now = new Date('2026-12-01T09:00:00Z');

beforeAll(async () => {
  handle = await openTestDatabase();
  me = await makeUser(handle.db, 'user');
  colleague = await makeUser(handle.db, 'user');
  const [o] = await handle.db.insert(organisations).values({ name: 'Wachtrij B.V.' }).returning();
  const a = (subject: string, due: Date | null, extra: Partial<typeof activities.$inferInsert> = {}) => ({
    kind: 'task' as const, subject, dueAt: due, organisationId: o.id, assignedToId: me.id, createdBy: me.id, ...extra,
  });
  await handle.db.insert(activities).values([
    a('late', dueInstant('2026-11-30', '23:59'), { dueHasTime: true }),
    a('this morning', dueInstant('2026-12-01', '08:00'), { dueHasTime: true, kind: 'call' }),
    a('today, no time', dueInstant('2026-12-01', null)),
    a('tomorrow', dueInstant('2026-12-02', null)),
    a('friday', dueInstant('2026-12-04', '11:00'), { dueHasTime: true }),
    a('next week', dueInstant('2026-12-07', null)),
    a('undated', null),
    a('undated note', null, { kind: 'note' }),
    a('reminder note', dueInstant('2026-12-01', '10:30'), { kind: 'note', dueHasTime: true }),
    a('done', dueInstant('2026-12-01', null), { done: true }),
    a('deleted', dueInstant('2026-12-01', null), { deletedAt: new Date() }),
    a('colleague', dueInstant('2026-12-01', null), { assignedToId: colleague.id }),
  ]);
});
afterAll(() => handle.close());

describe('work queue', () => {
  it('groups my open activities by due date with counts; notes only when they have a date', async () => {
    const groups = await getWorkQueue(me.id, { kind: null, expand: null, now });
    expect(groups.map((g) => [g.group, g.count, g.rows.map((r) => r.subject)])).toEqual([
      ['overdue', 1, ['late']],
      ['today', 3, ['today, no time', 'this morning', 'reminder note']],
      ['tomorrow', 1, ['tomorrow']],
      ['thisWeek', 1, ['friday']],
      ['later', 1, ['next week']],
      ['none', 1, ['undated']],
    ]);
  });

  it('filters by kind', async () => {
    const groups = await getWorkQueue(me.id, { kind: 'call', expand: null, now });
    expect(groups.flatMap((g) => g.rows.map((r) => r.subject))).toEqual(['this morning']);
  });

  it('counts overdue plus today for the badge, and a colleague has their own', async () => {
    expect(await countDueToday(me.id, now)).toBe(4);
    expect(await countDueToday(colleague.id, now)).toBe(1);
  });

  it('answers the badge from the partial queue index', async () => {
    if (handle.driver !== 'postgres') return;
    await handle.db.execute(sql`SET enable_seqscan = off`);
    const plan = await queryRows<{ 'QUERY PLAN': string }>(handle.db, sql`EXPLAIN SELECT count(*) FROM activities a WHERE a.assigned_to_id = ${me.id} AND a.deleted_at IS NULL AND NOT a.done AND a.due_at < now()`);
    await handle.db.execute(sql`RESET enable_seqscan`);
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain('activities_queue_idx');
  });

  it('reminds of timed activities that came due, and tells when the next one comes', async () => {
    const { due, next } = await getReminders(me.id, now);
    expect(due.map((r) => r.subject)).toEqual(['this morning', 'late']);
    expect(next).toBe(dueInstant('2026-12-01', '10:30').toISOString());
  });
});
