import { eq, sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/connect';
import { organisations, persons } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import { compactCounts, getDashboardCounts } from './queries';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

describe('dashboard counts', () => {
  it('follow inserts, soft deletes, restores and hard deletes, and survive compaction', async () => {
    expect(await getDashboardCounts()).toMatchObject({ organisations: 0, persons: 0 });
    const rows = await handle.db.insert(organisations).values([{ name: 'A' }, { name: 'B' }, { name: 'C' }]).returning();
    await handle.db.insert(persons).values({ lastName: 'Jansen' });
    expect(await getDashboardCounts()).toMatchObject({ organisations: 3, persons: 1 });
    await handle.db.update(organisations).set({ deletedAt: new Date() }).where(eq(organisations.id, rows[0].id));
    expect((await getDashboardCounts()).organisations).toBe(2);
    await compactCounts();
    await handle.db.update(organisations).set({ deletedAt: null }).where(eq(organisations.id, rows[0].id));
    await handle.db.delete(organisations).where(eq(organisations.id, rows[1].id));
    expect((await getDashboardCounts()).organisations).toBe(2);
    const live = await handle.db.execute(sql`SELECT count(*)::int AS n FROM organisations WHERE deleted_at IS NULL`);
    expect((live as unknown as { rows: { n: number }[] }).rows[0].n).toBe(2);
  });
});
