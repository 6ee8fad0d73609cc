import { eq, sql } from 'drizzle-orm';
import { createOrganisationAction } from '@/app/(app)/organisations/actions';
import type { DbHandle } from '@/db/connect';
import { queryRows } from '@/db/rows';
import { activities, organisations, persons, personsInOrganisation } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import type { SessionUser } from '@/lib/auth/authorize';
import { getSessionUser } from '@/lib/auth/session';
import { organisationFormValues } from '@/lib/organisations/form-values';
import { makeUser } from '@/lib/testing/fixtures';
import { getDashboardCounts, getOpenActivities } from './queries';
import { compactRecordCounts, countDeltaLimit } from './record-counts';

jest.mock('@/lib/auth/session', () => ({ getSessionUser: jest.fn() }));

let handle: DbHandle;
let user: SessionUser;
beforeAll(async () => {
  handle = await openTestDatabase();
  user = await makeUser(handle.db, 'user');
  (getSessionUser as jest.Mock).mockResolvedValue(user);
});
afterAll(() => handle.close());

const deltaRows = async () => (await queryRows<{ n: number }>(handle.db, sql`SELECT count(*)::int AS n FROM record_count_deltas`))[0].n;
const liveOrganisations = async () => (await queryRows<{ n: number }>(handle.db, sql`SELECT count(*)::int AS n FROM organisations WHERE deleted_at IS NULL`))[0].n;

describe('dashboard counts', () => {
  it('follow inserts, soft deletes, restores and hard deletes, and survive compaction', async () => {
    expect(await getDashboardCounts()).toMatchObject({ organisations: 0, persons: 0 });
    const rows = await handle.db.insert(organisations).values([{ name: 'A' }, { name: 'B' }, { name: 'C' }]).returning();
    await handle.db.insert(persons).values({ lastName: 'Jansen' });
    expect(await getDashboardCounts()).toMatchObject({ organisations: 3, persons: 1 });
    await handle.db.update(organisations).set({ deletedAt: new Date() }).where(eq(organisations.id, rows[0].id));
    expect((await getDashboardCounts()).organisations).toBe(2);
    await compactRecordCounts(handle.db, 0);
    await handle.db.update(organisations).set({ deletedAt: null }).where(eq(organisations.id, rows[0].id));
    await handle.db.delete(organisations).where(eq(organisations.id, rows[1].id));
    expect((await getDashboardCounts()).organisations).toBe(2);
    expect(await liveOrganisations()).toBe(2);
  });

  it('are read without writing, however many count deltas have piled up', async () => {
    await handle.db.execute(sql`INSERT INTO record_count_deltas SELECT 'organisations', 0 FROM generate_series(1, ${countDeltaLimit + 50})`);
    const before = await deltaRows();
    expect((await getDashboardCounts()).organisations).toBe(2);
    expect(await deltaRows()).toBe(before);
  });

  it('have their deltas folded by the next save, and stay right', async () => {
    const result = await createOrganisationAction({ ...organisationFormValues(), name: 'Nieuw B.V.' });
    expect(result.ok).toBe(true);
    expect(await deltaRows()).toBeLessThanOrEqual(3);
    expect(await getDashboardCounts()).toMatchObject({ organisations: 3, persons: 1 });
    expect(await liveOrganisations()).toBe(3);
  });

  it('leave a short pile of deltas alone', async () => {
    await handle.db.insert(organisations).values({ name: 'D' });
    const before = await deltaRows();
    await compactRecordCounts(handle.db);
    expect(await deltaRows()).toBe(before);
  });
});

describe('open activities on the dashboard', () => {
  it('name the record each is about, and mark the ones past their due moment as overdue', async () => {
    const [org] = await handle.db.insert(organisations).values({ name: 'Bakkerij Korenschoof' }).returning();
    const [person] = await handle.db.insert(persons).values({ firstName: 'Jan', namePrefix: 'van den', lastName: 'Berg' }).returning();
    const [job] = await handle.db.insert(personsInOrganisation).values({ personId: person.id, organisationId: org.id }).returning();
    const day = 24 * 3600 * 1000;
    await handle.db.insert(activities).values([
      { kind: 'call', subject: 'Terugbellen', dueAt: new Date(Date.now() - day), assignedToId: user.id, organisationId: org.id },
      { kind: 'meeting', subject: 'Kennismaking', dueAt: new Date(Date.now() + day), assignedToId: user.id, personInOrganisationId: job.id, organisationId: org.id, personId: person.id },
      { kind: 'email', subject: 'Verjaardag', dueAt: new Date(Date.now() + 2 * day), assignedToId: user.id, personId: person.id },
      { kind: 'task', subject: 'Klaar', dueAt: new Date(Date.now() - day), assignedToId: user.id, organisationId: org.id, done: true },
    ]);
    const open = await getOpenActivities(user.id);
    expect(open.map((a) => [a.subject, a.overdue, a.record])).toEqual([
      ['Terugbellen', true, { kind: 'organisation', id: org.id, name: 'Bakkerij Korenschoof', organisation: null }],
      ['Kennismaking', false, { kind: 'personInOrganisation', id: job.id, name: 'Jan van den Berg', organisation: 'Bakkerij Korenschoof' }],
      ['Verjaardag', false, { kind: 'person', id: person.id, name: 'Jan van den Berg', organisation: null }],
    ]);
  });
});
