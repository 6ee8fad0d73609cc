import type { DbHandle } from '@/db/connect';
import { organisations, persons, personsInOrganisation } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import { suggestOrganisations, suggestPersons } from './queries';

let handle: DbHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
  const [bakker] = await handle.db
    .insert(organisations)
    .values([{ name: 'Bakker Bouw', visitCity: 'Utrecht' }, { name: 'Echte Bakkerij' }, { name: 'Bakkerij Ölmez' }, { name: 'Bakhuis Oud', deletedAt: new Date() }, { name: 'Zwaan' }])
    .returning();
  const [jan] = await handle.db
    .insert(persons)
    .values([
      { firstName: 'Jan', namePrefix: 'van den', lastName: 'Berg' },
      { firstName: 'Piet', lastName: 'Jansen' },
      { firstName: 'Anna', lastName: 'Bergsma' },
      { firstName: 'Weg', lastName: 'Berg', deletedAt: new Date() },
    ])
    .returning();
  await handle.db.insert(personsInOrganisation).values({ personId: jan.id, organisationId: bakker.id });
});
afterAll(() => handle.close());

const labels = (rows: { label: string }[]) => rows.map((r) => r.label);

describe('the pickers', () => {
  it('suggest organisations containing the query, those starting with it first, never deleted ones', async () => {
    expect(labels(await suggestOrganisations('bak'))).toEqual(['Bakker Bouw', 'Bakkerij Ölmez', 'Echte Bakkerij']);
    expect(labels(await suggestOrganisations('OLMEZ'))).toEqual(['Bakkerij Ölmez']);
    expect(labels(await suggestOrganisations('ba'))).toEqual(['Bakker Bouw', 'Bakkerij Ölmez']);
    expect((await suggestOrganisations('bak'))[0]).toMatchObject({ detail: 'Utrecht' });
  });

  it('fall back to the nearest organisation names for a typo', async () => {
    expect(labels(await suggestOrganisations('bakkrij olmez'))[0]).toBe('Bakkerij Ölmez');
  });

  it('suggest persons by every word, tussenvoegsels ignored, with their current organisation', async () => {
    expect(await suggestPersons('vd berg')).toEqual([
      expect.objectContaining({ label: 'Jan van den Berg', detail: 'Bakker Bouw' }),
      expect.objectContaining({ label: 'Anna Bergsma', detail: null }),
    ]);
    expect(labels(await suggestPersons('jan berg'))).toEqual(['Jan van den Berg']);
    expect(labels(await suggestPersons('j berg'))).toEqual(['Jan van den Berg']);
    expect(labels(await suggestPersons('be'))).toEqual(['Jan van den Berg', 'Anna Bergsma']);
  });

  it('fall back to the nearest person names for a typo', async () => {
    expect(labels(await suggestPersons('jnasen'))[0]).toBe('Piet Jansen');
  });
});
