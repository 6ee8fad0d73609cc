import type { DbHandle } from '@/db/connect';
import { organisations } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import { nearMissThreshold } from '@/lib/list/query';
import { parseListState } from '@/lib/list/params';
import { organisationCriteria } from './list';
import { findOrganisationNeighbours, findOrganisations } from './queries';

let handle: DbHandle;
const viewer = { id: 1, canSeeDeleted: false };
const search = (q: string, extra: Record<string, string> = {}) => parseListState({ q, ...extra }, organisationCriteria);

beforeAll(async () => {
  handle = await openTestDatabase();
  const many = Array.from({ length: nearMissThreshold - 1 }, (_, i) => ({ name: `Bakker ${String(i).padStart(3, '0')}` }));
  await handle.db.insert(organisations).values([...many, { name: 'Baker Verschreven' }]);
});
afterAll(() => handle.close());

describe('searching organisations for a common word', () => {
  it('adds near misses after the exact matches while those are few', async () => {
    const page = await findOrganisations(search('bakker', { per: '100' }), viewer);
    expect(page.count).toBe(nearMissThreshold);
    expect(page.rows.at(-1)?.name).toBe('Baker Verschreven');
  });

  it('keeps to the exact matches once they are many, in the list and in previous/next alike', async () => {
    await handle.db.insert(organisations).values({ name: 'Bakker Extra' });
    const all = await findOrganisations(search('bakker', { per: '100' }), viewer);
    expect(all.count).toBe(nearMissThreshold);
    expect(all.rows.map((r) => r.name)).not.toContain('Baker Verschreven');
    const last = all.rows.at(-1)!;
    expect(await findOrganisationNeighbours(search('bakker', { per: '100' }), viewer, last.id)).toMatchObject({ position: nearMissThreshold, nextId: null });
  });
});
