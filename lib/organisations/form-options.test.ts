import type { DbHandle } from '@/db/connect';
import { users } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import { getOrganisationFormOptions } from './form-options';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await handle.db.insert(users).values(
    ['Sanne de Vries', 'anna de Admin', 'Daan Bakker', 'Émile Zola', 'Oud Medewerker', 'Bram'].map((name, i) => ({ name, email: `u${i}@example.test`, role: 'user' as const, passwordHash: 'x', active: name !== 'Oud Medewerker' })),
  );
});
afterAll(() => handle.close());

describe('the organisation form’s account managers', () => {
  it('are sorted by name the Dutch way (case and accents aside), with the inactive ones marked', async () => {
    const { accountManagers } = await getOrganisationFormOptions();
    expect(accountManagers.map((u) => [u.name, u.active])).toEqual([
      ['anna de Admin', true],
      ['Bram', true],
      ['Daan Bakker', true],
      ['Émile Zola', true],
      ['Oud Medewerker', false],
      ['Sanne de Vries', true],
    ]);
  });
});
