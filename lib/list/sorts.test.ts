import { sql, type SQL } from 'drizzle-orm';
import type { DbHandle } from '@/db/connect';
import { queryRows } from '@/db/rows';
import { choiceListEntries, choiceLists, organisations, persons, personsInOrganisation, segments, users } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import { organisationCriteria, organisationListSpec, organisationSorts } from '@/lib/organisations/list';
import { findOrganisationNeighbours, findOrganisations } from '@/lib/organisations/queries';
import { personInOrganisationCriteria, personInOrganisationListSpec, personInOrganisationSorts } from '@/lib/persons-in-organisation/list';
import { findPersonInOrganisationNeighbours, findPersonsInOrganisation } from '@/lib/persons-in-organisation/queries';
import { personCriteria, personListSpec, personSorts } from '@/lib/persons/list';
import { findPersonNeighbours, findPersons } from '@/lib/persons/queries';
import { parseListState, type ListState } from './params';
import { resolveSearch, type ListSpec, type Neighbours } from './query';

// Every sortable column of the three lists, in both directions, on all live records (where sorts on a referenced
// record walk their index value by value), narrowed by a criterion or a search and in the Deleted view (where they
// sort the matches): the order must be exactly that of the plain sort expression of the column, ties broken by id, and
// every record's previous, next and position must agree with it.

let handle: DbHandle;
const viewer = { id: 1, canSeeDeleted: true };

// The order each column showed before its sort was made index-friendly: the reference the lists must keep to.
const segmentName = (column: string) => `coalesce((SELECT relatio_fold(s.name) FROM segments s WHERE s.id = r.${column}), '')`;
const choiceOrder = (column: string) => `coalesce((SELECT e.sort_order FROM choice_list_entries e WHERE e.id = r.${column}), 2147483647)`;
const expected = {
  organisations: {
    name: 'r.name_sort',
    customerNumber: `coalesce(r.customer_number, '')`,
    city: `coalesce(relatio_fold(r.visit_city), '')`,
    accountManager: `coalesce((SELECT relatio_fold(u.name) FROM users u WHERE u.id = r.account_manager_id), '')`,
    segment: segmentName('segment_id'),
    subsegment: segmentName('subsegment_id'),
    relationType: choiceOrder('relation_type_id'),
    status: choiceOrder('status_id'),
    industry: `coalesce((SELECT e.label FROM choice_list_entries e WHERE e.id = r.industry_id), '')`,
    phone: `coalesce(r.phone, '')`,
    email: `coalesce(r.email, '')`,
    updatedAt: 'r.updated_at',
  },
  persons: {
    name: 'r.sort_name',
    email: `coalesce(r.private_email, '')`,
    mobile: `coalesce(r.mobile, '')`,
    phone: `coalesce(r.phone, '')`,
    city: `coalesce(relatio_fold(r.city), '')`,
    postcode: `coalesce(r.postcode, '')`,
    consent: 'r.marketing_consent',
    updatedAt: 'r.updated_at',
  },
  personsInOrganisation: {
    person: 'r.person_sort_name',
    organisation: 'r.organisation_name_sort',
    department: `coalesce(r.department, '')`,
    jobTitle: `coalesce(r.job_title, '')`,
    email: `coalesce(r.email, '')`,
    phone: `coalesce(r.phone, '')`,
    category: segmentName('category_id'),
    subcategory: segmentName('subcategory_id'),
    active: 'r.active',
    startDate: `coalesce(to_char(r.start_date, 'YYYY-MM-DD'), '')`,
    endDate: `coalesce(to_char(r.end_date, 'YYYY-MM-DD'), '')`,
  },
};

type List = {
  criteria: readonly string[];
  spec: (state: ListState) => ListSpec;
  ids: (state: ListState) => Promise<number[]>;
  neighbours: (state: ListState, id: number) => Promise<Neighbours | null>;
};
const lists: Record<keyof typeof expected, List> = {
  organisations: {
    criteria: organisationCriteria,
    spec: (s) => organisationListSpec(s, viewer.id, true),
    ids: async (s) => (await findOrganisations(s, viewer)).rows.map((r) => r.id),
    neighbours: (s, id) => findOrganisationNeighbours(s, viewer, id),
  },
  persons: {
    criteria: personCriteria,
    spec: (s) => personListSpec(s, true),
    ids: async (s) => (await findPersons(s, true)).rows.map((r) => r.id),
    neighbours: (s, id) => findPersonNeighbours(s, true, id),
  },
  personsInOrganisation: {
    criteria: personInOrganisationCriteria,
    spec: (s) => personInOrganisationListSpec(s, true),
    ids: async (s) => (await findPersonsInOrganisation(s, viewer)).rows.map((r) => r.id),
    neighbours: (s, id) => findPersonInOrganisationNeighbours(s, viewer, id),
  },
};

// The ids of a list state in the reference order of its sort column.
async function referenceOrder(list: List, state: ListState, order: string): Promise<number[]> {
  const spec = await resolveSearch(handle.db, list.spec(state));
  const d = sql.raw(state.dir === 'desc' ? 'DESC' : 'ASC');
  const rows = await queryRows<{ id: number }>(handle.db, sql`SELECT r.id FROM ${spec.from} WHERE ${spec.where} ORDER BY ${sql.raw(order)} ${d}, r.id ${d}` as SQL);
  return rows.map((r) => r.id);
}

// Checks one list state: the page holds the reference order, and so do the neighbours of every record in it.
async function checkSorted(name: keyof typeof expected, params: Record<string, string>) {
  const list = lists[name];
  const state = parseListState({ per: '100', ...params }, list.criteria);
  const want = await referenceOrder(list, state, expected[name][params.sort as keyof (typeof expected)[typeof name]]);
  expect(want.length).toBeGreaterThan(1);
  expect({ params, ids: await list.ids(state) }).toEqual({ params, ids: want });
  for (const [i, id] of want.entries()) {
    expect({ params, id, at: await list.neighbours(state, id) }).toEqual({
      params,
      id,
      at: { position: i + 1, count: want.length, capped: false, prevId: want[i - 1] ?? null, nextId: want[i + 1] ?? null },
    });
  }
  return want;
}

beforeAll(async () => {
  handle = await openTestDatabase();
  const db = handle.db;
  // Two account managers whose names fold alike (they tie), one with an accent, one deleted.
  const us = await db.insert(users).values([
    { name: 'Zoë Zandstra', email: 'zoe@relatio.test', passwordHash: '-' },
    { name: 'Anna Bakker', email: 'anna@relatio.test', passwordHash: '-' },
    { name: 'anna  BAKKER', email: 'anna.b@relatio.test', passwordHash: '-' },
    { name: 'Chloé Dubois', email: 'chloe@relatio.test', passwordHash: '-', deletedAt: new Date() },
  ]).returning();
  const [status, relationType, industry] = await db.insert(choiceLists).values([{ key: 'status' }, { key: 'relation_type' }, { key: 'industry' }]).returning();
  // Statuses in choice-list order, not by label; two share a place (they tie).
  const entries = await db.insert(choiceListEntries).values([
    { choiceListId: status.id, label: 'Klant', sortOrder: 30 },
    { choiceListId: status.id, label: 'Suspect', sortOrder: 10 },
    { choiceListId: status.id, label: 'Prospect', sortOrder: 20 },
    { choiceListId: status.id, label: 'Lead', sortOrder: 20 },
    { choiceListId: relationType.id, label: 'Leverancier', sortOrder: 20 },
    { choiceListId: relationType.id, label: 'Klant', sortOrder: 10 },
    { choiceListId: industry.id, label: 'Zorg', sortOrder: 10 },
    { choiceListId: industry.id, label: 'Bouw', sortOrder: 20 },
    { choiceListId: industry.id, label: 'Évenementen', sortOrder: 30 },
  ]).returning();
  // Segments by folded name: "Zorg" and "Zörg" tie, as do the two subsegments "Overig" under different mains.
  const segment = async (name: string, parentId: number | null, forEmployments = false) =>
    (await db.insert(segments).values({ name, parentId, appliesToOrganisation: !forEmployments, appliesToPersonInOrganisation: forEmployments }).returning())[0].id;
  const zakelijk = await segment('Zakelijk', null);
  const publiek = await segment('Publiek', null);
  const segs = {
    zakelijk, publiek, zorg: await segment('Zorg', null), zörg: await segment('Zörg', null),
    mkb: await segment('MKB', zakelijk), overigZakelijk: await segment('Overig', zakelijk), overigPubliek: await segment('Overig', publiek),
    beslisser: await segment('Beslisser', null, true), netwerk: await segment('netwerk', null, true),
  };
  const pioSubs = { overigBeslisser: await segment('Overig', segs.beslisser, true), budget: await segment('Budgethouder', segs.beslisser, true), overigNetwerk: await segment('Overig', segs.netwerk, true) };
  const u = Object.fromEntries(us.map((x) => [x.email.split('@')[0], x.id]));
  const c = Object.fromEntries(entries.map((e) => [`${e.choiceListId === status.id ? 'status' : e.choiceListId === relationType.id ? 'type' : 'industry'}:${e.label}`, e.id]));

  // Organisations: references missing, repeated and tied; text columns null, empty, accented and repeated.
  const org = (name: string, o: Partial<typeof organisations.$inferInsert> = {}) => ({ name, ...o });
  const orgs = await db.insert(organisations).values([
    org('Alfa', { accountManagerId: u.zoe, segmentId: zakelijk, subsegmentId: segs.mkb, statusId: c['status:Klant'], relationTypeId: c['type:Klant'], industryId: c['industry:Zorg'], visitCity: 'Utrecht', phone: '+31301234567', email: 'info@alfa.nl', customerNumber: 'K3' }),
    org('Bravo', { accountManagerId: u.anna, segmentId: publiek, subsegmentId: segs.overigPubliek, statusId: c['status:Prospect'], visitCity: 'Ölst', email: '' }),
    org('Charlie', { accountManagerId: u['anna.b'], segmentId: zakelijk, subsegmentId: segs.overigZakelijk, statusId: c['status:Lead'], relationTypeId: c['type:Leverancier'], industryId: c['industry:Bouw'], visitCity: 'olst', phone: '', customerNumber: '' }),
    org('Delta', { industryId: c['industry:Évenementen'], phone: '+31201234567', email: 'info@delta.nl', customerNumber: 'K1' }),
    org('Echo', { accountManagerId: u.chloe, segmentId: segs.zorg, statusId: c['status:Suspect'], relationTypeId: c['type:Klant'], industryId: c['industry:Zorg'], visitCity: 'Amsterdam', phone: '+31201234567', email: 'info@alfa.nl', customerNumber: 'K2' }),
    org('Foxtrot', { accountManagerId: u.anna, segmentId: segs.zörg, statusId: c['status:Prospect'], visitCity: 'Utrecht', active: false }),
    org('Golf', { segmentId: publiek, statusId: c['status:Klant'], relationTypeId: c['type:Leverancier'], visitCity: '  utrecht ', phone: '+31101234567' }),
    org('Hotel', { accountManagerId: u['anna.b'], segmentId: zakelijk, subsegmentId: segs.mkb, statusId: c['status:Lead'], industryId: c['industry:Bouw'], active: false }),
    org('India', { accountManagerId: u.zoe, industryId: c['industry:Zorg'], email: 'india@example.nl' }),
    org('Juliet', { accountManagerId: u.chloe, segmentId: segs.zorg, statusId: c['status:Suspect'], customerNumber: 'K1' }),
    org('Kilo', { accountManagerId: u.anna, segmentId: publiek, subsegmentId: segs.overigPubliek, statusId: c['status:Klant'], visitCity: 'Zwolle' }),
    org('Lima', { statusId: c['status:Prospect'], relationTypeId: c['type:Klant'], phone: '' }),
    org('Mike', { accountManagerId: u.zoe, segmentId: zakelijk, statusId: c['status:Klant'], deletedAt: new Date() }),
    org('November', { accountManagerId: u.anna, segmentId: publiek, visitCity: 'Breda', deletedAt: new Date() }),
    org('Oscar', { statusId: c['status:Suspect'], deletedAt: new Date() }),
  ]).returning();
  // Updated at distinct moments a microsecond apart, and some at the very same moment.
  await db.execute(sql`UPDATE organisations SET updated_at = '2025-03-01 10:00:00.000001+00'::timestamptz + (id % 4) * interval '1 microsecond'`);

  const ps = await db.insert(persons).values([
    { firstName: 'Jan', namePrefix: 'van den', lastName: 'Berg', privateEmail: 'jan@example.nl', mobile: '+31612345678', city: 'Utrecht', postcode: '3511 AB', marketingConsent: true },
    { firstName: 'Anna', lastName: 'Bakker', privateEmail: '', mobile: '', phone: '+31301234567', city: 'Ölst', postcode: '8121 AA' },
    { firstName: 'Piet', namePrefix: 'de', lastName: 'Vries', phone: '+31201234567', city: 'olst', postcode: '8121 AA', marketingConsent: true },
    { firstName: 'Karel', lastName: 'Appel', privateEmail: 'jan@example.nl', mobile: '+31612345678', phone: '', city: '', postcode: '', country: 'BE' },
    { firstName: 'Zeger', lastName: 'Aalders', city: 'Amsterdam', postcode: '1011 AA', marketingConsent: true },
    { firstName: 'Els', lastName: 'Oud', privateEmail: 'els@example.nl', mobile: '+31687654321', city: 'Zwolle' },
    { firstName: 'Eva', lastName: 'Jansen', privateEmail: 'eva@example.nl', phone: '+31101234567', city: 'Utrecht', postcode: '3511 AB', marketingConsent: true },
    { firstName: 'Kees', lastName: 'Weg', city: 'Breda', deletedAt: new Date() },
    { firstName: 'Loes', lastName: 'Weg', city: 'Assen', marketingConsent: true, deletedAt: new Date() },
  ]).returning();
  await db.execute(sql`UPDATE persons SET updated_at = '2025-03-01 10:00:00.000001+00'::timestamptz + (id % 3) * interval '1 microsecond'`);

  const o = Object.fromEntries(orgs.map((x) => [x.name, x.id]));
  const p = ps.map((x) => x.id);
  // Persons in organisation: dates missing, repeated and distinct; categories missing, repeated and tied.
  await db.insert(personsInOrganisation).values([
    { personId: p[0], organisationId: o.Alfa, department: 'Inkoop', jobTitle: 'Inkoper', email: 'jan@alfa.nl', phone: '+31301234567', categoryId: segs.beslisser, subcategoryId: pioSubs.overigBeslisser, startDate: '2020-01-01' },
    { personId: p[1], organisationId: o.Bravo, department: '', jobTitle: 'Directeur', email: '', categoryId: segs.netwerk, subcategoryId: pioSubs.overigNetwerk, startDate: '2019-05-01', endDate: '2024-06-30', active: false },
    { personId: p[2], organisationId: o.Alfa, department: 'ICT', email: 'piet@alfa.nl', phone: '', categoryId: segs.beslisser, subcategoryId: pioSubs.budget, startDate: '2020-01-01', endDate: '2023-12-31' },
    { personId: p[3], organisationId: o.Charlie, jobTitle: '', phone: '+31201234567', categoryId: segs.netwerk, endDate: '2024-06-30', active: false },
    { personId: p[4], organisationId: o.Delta, department: 'Inkoop', jobTitle: 'Inkoper', email: 'zeger@delta.nl' },
    { personId: p[5], organisationId: o.Echo, department: 'HR', jobTitle: 'HR-adviseur', email: 'els@echo.nl', phone: '+31201234567', categoryId: segs.beslisser, startDate: '2021-03-15' },
    { personId: p[6], organisationId: o.Alfa, department: 'inkoop', jobTitle: 'Office manager', email: 'eva@alfa.nl', categoryId: segs.netwerk, subcategoryId: pioSubs.overigNetwerk, startDate: '2018-09-01', endDate: '2019-12-31', active: false },
    { personId: p[0], organisationId: o.Golf, email: 'jan@golf.nl', categoryId: segs.beslisser, subcategoryId: pioSubs.overigBeslisser, startDate: '2022-02-02' },
    { personId: p[1], organisationId: o.Kilo, department: 'ICT', categoryId: segs.netwerk, deletedAt: new Date() },
    { personId: p[4], organisationId: o.Golf, department: 'HR', categoryId: segs.beslisser, startDate: '2017-01-01', deletedAt: new Date() },
  ]);
});
afterAll(() => handle.close());

const sortKeys = {
  organisations: Object.keys(organisationSorts),
  persons: Object.keys(personSorts),
  personsInOrganisation: Object.keys(personInOrganisationSorts),
};
// A criterion and a search per list that narrow it but keep several records, so the sort runs on the matches.
const narrowing: Record<keyof typeof expected, Record<string, string>[]> = {
  organisations: [{ active: 'yes' }, { q: 'o' }],
  persons: [{ consent: 'yes' }, { q: 'an' }],
  personsInOrganisation: [{ active: 'yes' }, { q: 'alfa' }],
};

describe.each(Object.keys(expected) as (keyof typeof expected)[])('the %s list', (name) => {
  it('has a reference order for every sortable column', () => {
    expect(Object.keys(expected[name]).sort()).toEqual([...sortKeys[name]].sort());
  });

  it('counts as narrowed with any criterion, a search or the Deleted view, so only all live records are walked', () => {
    const narrowed = (params: Record<string, string>) => lists[name].spec(parseListState(params, lists[name].criteria)).narrowed;
    expect(narrowed({ sort: 'name' })).toBe(false);
    for (const params of [...narrowing[name], { view: 'deleted' }]) expect({ params, narrowed: narrowed(params) }).toEqual({ params, narrowed: true });
  });

  it.each(sortKeys[name].flatMap((sort) => [[sort, 'asc'], [sort, 'desc']]))('sorts on %s (%s), also narrowed and in the Deleted view, with exact neighbours', async (sort, dir) => {
    await checkSorted(name, { sort, dir });
    for (const narrow of narrowing[name]) await checkSorted(name, { sort, dir, ...narrow });
    await checkSorted(name, { sort, dir, view: 'deleted' });
  });
});

describe('sorting a list', () => {
  const orgNames = async (params: Record<string, string>) => (await findOrganisations(parseListState({ per: '100', ...params }, organisationCriteria), viewer)).rows.map((r) => r.name);

  it('puts empty text first, an empty string and a missing value alike, ties by id', async () => {
    expect(await orgNames({ sort: 'phone' })).toEqual(['Bravo', 'Charlie', 'Foxtrot', 'Hotel', 'India', 'Juliet', 'Kilo', 'Lima', 'Golf', 'Delta', 'Echo', 'Alfa']);
    expect(await orgNames({ sort: 'phone', dir: 'desc' })).toEqual(['Alfa', 'Echo', 'Delta', 'Golf', 'Lima', 'Kilo', 'Juliet', 'India', 'Hotel', 'Foxtrot', 'Charlie', 'Bravo']);
  });

  it('orders account managers by folded name, none first, alike names as one, the deleted one still by name', async () => {
    // "Anna Bakker" and "anna  BAKKER" fold alike, so their organisations mix by id; Chloé Dubois sorts as chloe.
    expect(await orgNames({ sort: 'accountManager' })).toEqual(['Delta', 'Golf', 'Lima', 'Bravo', 'Charlie', 'Foxtrot', 'Hotel', 'Kilo', 'Echo', 'Juliet', 'Alfa', 'India']);
    expect(await orgNames({ sort: 'accountManager', dir: 'desc' })).toEqual(['India', 'Alfa', 'Juliet', 'Echo', 'Kilo', 'Hotel', 'Foxtrot', 'Charlie', 'Bravo', 'Lima', 'Golf', 'Delta']);
  });

  it('orders statuses by their place in the choice list, not by label, none last, a shared place as one', async () => {
    expect(await orgNames({ sort: 'status' })).toEqual(['Echo', 'Juliet', 'Bravo', 'Charlie', 'Foxtrot', 'Hotel', 'Lima', 'Alfa', 'Golf', 'Kilo', 'Delta', 'India']);
    expect(await orgNames({ sort: 'status', dir: 'desc' })).toEqual(['India', 'Delta', 'Kilo', 'Golf', 'Alfa', 'Lima', 'Hotel', 'Foxtrot', 'Charlie', 'Bravo', 'Juliet', 'Echo']);
  });

  it('orders segments by folded name, none first, alike names under different parents as one', async () => {
    expect(await orgNames({ sort: 'segment' })).toEqual(['Delta', 'India', 'Lima', 'Bravo', 'Golf', 'Kilo', 'Alfa', 'Charlie', 'Hotel', 'Echo', 'Foxtrot', 'Juliet']);
    expect(await orgNames({ sort: 'subsegment' })).toEqual(['Delta', 'Echo', 'Foxtrot', 'Golf', 'India', 'Juliet', 'Lima', 'Alfa', 'Hotel', 'Bravo', 'Charlie', 'Kilo']);
  });

  it('pages through a walked sort and finds neighbours across pages and across referenced values', async () => {
    const all = await orgNames({ sort: 'accountManager' });
    const page = async (n: number) => orgNames({ sort: 'accountManager', per: '10', page: String(n) });
    expect([...(await page(1)), ...(await page(2))]).toEqual(all);
    const state = parseListState({ sort: 'accountManager', per: '10' }, organisationCriteria);
    const rows = await queryRows<{ id: number; name: string }>(handle.db, sql`SELECT id, name FROM organisations`);
    const id = (name: string) => rows.find((r) => r.name === name)!.id;
    expect(await findOrganisationNeighbours(state, viewer, id('Kilo'))).toMatchObject({ position: 8, prevId: id('Hotel'), nextId: id('Echo') });
    expect(await findOrganisationNeighbours(state, viewer, id('Lima'))).toMatchObject({ position: 3, prevId: id('Golf'), nextId: id('Bravo') });
    expect(await findOrganisationNeighbours(state, viewer, id('Mike'))).toBeNull();
  });

  it('orders dates with a missing date first, as the earliest', async () => {
    const names = async (params: Record<string, string>) =>
      (await findPersonsInOrganisation(parseListState(params, personInOrganisationCriteria), viewer)).rows.map((r) => `${r.person} ${r.organisation}`);
    expect(await names({ sort: 'startDate' })).toEqual([
      'Appel, Karel Charlie', 'Aalders, Zeger Delta', 'Jansen, Eva Alfa', 'Bakker, Anna Bravo', 'Berg, Jan van den Alfa', 'Vries, Piet de Alfa', 'Oud, Els Echo', 'Berg, Jan van den Golf',
    ]);
    expect(await names({ sort: 'endDate', dir: 'desc' })).toEqual([
      'Appel, Karel Charlie', 'Bakker, Anna Bravo', 'Vries, Piet de Alfa', 'Jansen, Eva Alfa', 'Berg, Jan van den Golf', 'Oud, Els Echo', 'Aalders, Zeger Delta', 'Berg, Jan van den Alfa',
    ]);
  });

  it('keeps neighbours exact between records updated a microsecond apart', async () => {
    const state = parseListState({ sort: 'updatedAt' }, personCriteria);
    const order = await referenceOrder(lists.persons, state, 'r.updated_at');
    expect(await findPersonNeighbours(state, true, order[1])).toMatchObject({ position: 2, prevId: order[0], nextId: order[2] });
  });
});
