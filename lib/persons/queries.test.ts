import type { DbHandle } from '@/db/connect';
import { persons } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import { parseListState } from '@/lib/list/params';
import { personColumns, personCriteria, personSorts } from './list';
import { sortedName } from './names';
import { findPersons, getSameAddress } from './queries';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await handle.db.insert(persons).values([
    { firstName: 'Jan', namePrefix: 'van den', lastName: 'Berg', postcode: '3511 AB', houseNumber: '12', mobile: '+31687654321' },
    { firstName: 'Anna', lastName: 'Bakker', privateEmail: 'anna@example.nl', postcode: '3511 AB', houseNumber: '12', mobile: '+31612345678' },
    { firstName: 'Piet', namePrefix: 'de', lastName: 'Vries', phone: '+31201234567' },
    { firstName: 'Karel', lastName: 'Appel', marketingConsent: true },
  ]);
});
afterAll(() => handle.close());

const names = async (params: Record<string, string>) => (await findPersons(parseListState(params, personCriteria), false)).rows.map((r) => sortedName(r));

describe('the persons list', () => {
  it('finds Jan van den Berg as "van den Berg", "Berg" and "vd berg"', async () => {
    for (const q of ['van den Berg', 'Berg', 'vd berg', 'jan berg']) expect(await names({ q })).toContain('Berg, Jan van den');
  });

  it('finds a person by e-mail', async () => {
    expect(await names({ q: 'anna@example' })).toEqual(['Bakker, Anna']);
  });

  it('sorts by last name with the tussenvoegsel not counting', async () => {
    expect(await names({})).toEqual(['Appel, Karel', 'Bakker, Anna', 'Berg, Jan van den', 'Vries, Piet de']);
    expect(await names({ sort: 'name', dir: 'desc' })).toEqual(['Vries, Piet de', 'Berg, Jan van den', 'Bakker, Anna', 'Appel, Karel']);
  });

  it('sorts on every plain column: mobile, phone and consent too, but not on the aggregated ones', async () => {
    expect(personColumns.filter((c) => !(c in personSorts))).toEqual(['organisations', 'jobTitles']);
    expect((await names({ sort: 'mobile', dir: 'desc' })).slice(0, 2)).toEqual(['Berg, Jan van den', 'Bakker, Anna']);
    expect((await names({ sort: 'phone', dir: 'desc' }))[0]).toBe('Vries, Piet de');
    expect((await names({ sort: 'consent', dir: 'desc' }))[0]).toBe('Appel, Karel');
  });

  it('filters on marketing consent and on having an active job', async () => {
    expect(await names({ consent: 'yes' })).toEqual(['Appel, Karel']);
    expect(await names({ employed: 'yes' })).toEqual([]);
  });

  it('lists the others at the same postcode and house number', async () => {
    const [jan] = (await findPersons(parseListState({ q: 'vd berg' }, personCriteria), false)).rows;
    const others = await getSameAddress({ id: jan.id, postcode: '3511 AB', houseNumber: '12' });
    expect(others.map((o) => o.lastName)).toEqual(['Bakker']);
  });
});
