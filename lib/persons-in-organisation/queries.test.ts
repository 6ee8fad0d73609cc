import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/connect';
import { queryRows } from '@/db/rows';
import { organisations, persons, personsInOrganisation, segments } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import { parseListState } from '@/lib/list/params';
import { personInOrganisationCriteria } from './list';
import { findPersonInOrganisationNeighbours, findPersonsInOrganisation } from './queries';

let handle: DbHandle;
const viewer = { canSeeDeleted: true };
const state = (params: Record<string, string>) => parseListState(params, personInOrganisationCriteria);
let category: number;
let acme: number;

beforeAll(async () => {
  handle = await openTestDatabase();
  const [jan, anna, piet, zeger, kees] = await handle.db
    .insert(persons)
    .values([
      { firstName: 'Jan', namePrefix: 'van den', lastName: 'Berg' },
      { firstName: 'Anna', namePrefix: 'de', lastName: 'Vries' },
      { firstName: 'Piet', lastName: 'Bakker' },
      { firstName: 'Zeger', lastName: 'Aalders' },
      { firstName: 'Kees', lastName: 'Oud' },
    ])
    .returning();
  const [a, zwaan] = await handle.db.insert(organisations).values([{ name: 'Acme B.V.' }, { name: 'Café Zwaan' }]).returning();
  acme = a.id;
  const [main] = await handle.db.insert(segments).values({ name: 'Beslisser', appliesToOrganisation: false, appliesToPersonInOrganisation: true }).returning();
  category = main.id;
  await handle.db.insert(personsInOrganisation).values([
    { personId: jan.id, organisationId: acme, email: 'jan@acme.nl', categoryId: category, jobTitle: 'Inkoper' },
    { personId: anna.id, organisationId: zwaan.id, email: 'anna@zwaan.nl', categoryId: category, active: false, startDate: '2019-01-01', endDate: '2024-06-30' },
    { personId: piet.id, organisationId: acme, email: 'piet@bakker.nl', categoryId: category, department: 'Inkoop' },
    { personId: zeger.id, organisationId: zwaan.id, email: 'zeger@zwaan.nl' },
    { personId: kees.id, organisationId: acme, deletedAt: new Date() },
  ]);
});
afterAll(() => handle.close());

const people = async (params: Record<string, string>) => (await findPersonsInOrganisation(state(params), viewer)).rows.map((r) => r.person);

describe('the persons in organisation list', () => {
  it('sorts by person by default, the tussenvoegsel ignored, named "Berg, Jan van den", and leaves deleted ones out', async () => {
    expect(await people({})).toEqual(['Aalders, Zeger', 'Bakker, Piet', 'Berg, Jan van den', 'Vries, Anna de']);
    expect(await people({ sort: 'person', dir: 'desc' })).toEqual(['Vries, Anna de', 'Berg, Jan van den', 'Bakker, Piet', 'Aalders, Zeger']);
  });

  it('finds Jan van den Berg by "van den berg", "Berg" and "vd berg"', async () => {
    for (const q of ['van den berg', 'Berg', 'vd berg', 'jan berg']) expect({ q, found: await people({ q }) }).toEqual({ q, found: ['Berg, Jan van den'] });
  });

  it('searches the organisation name and the start of the business e-mail', async () => {
    expect(await people({ q: 'cafe zwaan' })).toEqual(['Aalders, Zeger', 'Vries, Anna de']);
    expect(await people({ q: 'piet@bak' })).toEqual(['Bakker, Piet']);
  });

  it('filters on category and active, organisation, department, job title and dates', async () => {
    expect(await people({ category: String(category), active: 'yes' })).toEqual(['Bakker, Piet', 'Berg, Jan van den']);
    expect(await people({ active: 'no' })).toEqual(['Vries, Anna de']);
    expect(await people({ organisation: String(acme) })).toEqual(['Bakker, Piet', 'Berg, Jan van den']);
    expect(await people({ department: 'inkoop' })).toEqual(['Bakker, Piet']);
    expect(await people({ jobTitle: 'INKOPER' })).toEqual(['Berg, Jan van den']);
    expect(await people({ endFrom: '2024-01-01', endTo: '2024-12-31' })).toEqual(['Vries, Anna de']);
    expect(await people({ startTo: '2018-12-31' })).toEqual([]);
  });

  it('shows deleted ones only in the Deleted view, and only to those who may restore', async () => {
    expect(await people({ view: 'deleted' })).toEqual(['Oud, Kees']);
    const asUser = await findPersonsInOrganisation(state({ view: 'deleted' }), { canSeeDeleted: false });
    expect(asUser.rows.map((r) => r.person)).not.toContain('Oud, Kees');
  });

  it('sorts by organisation and by end date, and finds previous and next within the result', async () => {
    expect(await people({ sort: 'organisation' })).toEqual(['Berg, Jan van den', 'Bakker, Piet', 'Vries, Anna de', 'Aalders, Zeger']);
    expect((await people({ sort: 'endDate', dir: 'desc' }))[0]).toBe('Vries, Anna de');
    const rows = await queryRows<{ id: number; name: string }>(handle.db, sql`SELECT id, person_sort_name AS name FROM persons_in_organisation ORDER BY id`);
    const id = (prefix: string) => rows.find((r) => r.name.startsWith(prefix))!.id;
    const byPerson = state({ category: String(category) });
    expect(await findPersonInOrganisationNeighbours(byPerson, viewer, id('berg'))).toMatchObject({ position: 2, count: 3, prevId: id('bakker'), nextId: id('vries') });
    expect(await findPersonInOrganisationNeighbours(byPerson, viewer, id('aalders'))).toBeNull();
  });
});
