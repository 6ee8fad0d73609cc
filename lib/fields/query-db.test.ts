import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/connect';
import { choiceListEntries, choiceLists, organisations, persons, personsInOrganisation, segments } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import { parseListState } from '@/lib/list/params';
import { organisationCriteria } from '@/lib/organisations/list';
import { findOrganisations } from '@/lib/organisations/queries';
import { personInOrganisationCriteria } from '@/lib/persons-in-organisation/list';
import { findPersonsInOrganisation } from '@/lib/persons-in-organisation/queries';
import { personCriteria } from '@/lib/persons/list';
import { findPersons } from '@/lib/persons/queries';
import { makeUser } from '@/lib/testing/fixtures';
import type { CriteriaNode } from './criteria';
import { encodeCriteria } from './criteria-url';

let handle: DbHandle;
let me: number;
const ids: Record<string, number> = {};
const daysAgo = (n: number) => new Date(Date.now() - n * 86400000);

beforeAll(async () => {
  handle = await openTestDatabase();
  const db = handle.db;
  me = (await makeUser(db, 'user')).id;
  const other = (await makeUser(db, 'user')).id;
  const [status] = await db.insert(choiceLists).values({ key: 'status' }).returning();
  const [prospect, suspect, klant] = await db.insert(choiceListEntries).values([
    { choiceListId: status.id, label: 'Prospect' }, { choiceListId: status.id, label: 'Suspect' }, { choiceListId: status.id, label: 'Klant' },
  ]).returning();
  const [s1, s2] = await db.insert(segments).values([{ name: 'Zorg' }, { name: 'Onderwijs' }]).returning();
  Object.assign(ids, { prospect: prospect.id, suspect: suspect.id, klant: klant.id, s1: s1.id, s2: s2.id });
  const [acme, zon, zwaan] = await db.insert(organisations).values([
    { name: 'Acme B.V.', visitCity: 'Utrecht', segmentId: s1.id, accountManagerId: me, statusId: prospect.id },
    { name: 'Bakkerij Zon', visitCity: 'Amsterdam', segmentId: s2.id, accountManagerId: other, statusId: suspect.id, phone: '+31201234567', kvkNumber: '12345678', updatedAt: daysAgo(60) },
    { name: 'Café Zwaan', visitCity: 'Utrecht', segmentId: s2.id, statusId: klant.id, createdAt: new Date('2020-05-01T10:00:00Z') },
  ]).returning();
  const [jan, anna, , zeger] = await db.insert(persons).values([
    { firstName: 'Jan', lastName: 'Berg', marketingConsent: true, dateOfBirth: '1980-03-15' },
    { firstName: 'Anna', lastName: 'Vries', passive: true, dateOfBirth: '1990-07-01' },
    { firstName: 'Piet', lastName: "O'Brien", marketingConsent: true },
    { firstName: 'Zeger', lastName: 'Aalders' },
  ]).returning();
  await db.insert(personsInOrganisation).values([
    { personId: jan.id, organisationId: acme.id, jobTitle: 'Inkoper' },
    { personId: anna.id, organisationId: zon.id, active: false, endDate: '2024-06-30' },
    { personId: zeger.id, organisationId: acme.id, startDate: '2021-01-01' },
    { personId: zeger.id, organisationId: zwaan.id },
    { personId: jan.id, organisationId: zwaan.id, jobTitle: '100% "baas"' },
  ]);
});
afterAll(() => handle.close());

const c = (node: CriteriaNode) => encodeCriteria(node);
const organisationsWhere = async (node: CriteriaNode) =>
  (await findOrganisations(parseListState({ c: c(node) }, organisationCriteria), { id: me, canSeeDeleted: false })).rows.map((r) => r.name).sort();
const personsWhere = async (node: CriteriaNode) => (await findPersons(parseListState({ c: c(node) }, personCriteria), false, me)).rows.map((r) => r.firstName).sort();
const jobsWhere = async (node: CriteriaNode) =>
  (await findPersonsInOrganisation(parseListState({ c: c(node) }, personInOrganisationCriteria), { canSeeDeleted: false, id: me })).rows.map((r) => `${r.person.split(', ')[1]}@${r.organisation}`).sort();

describe('each operator against known records', () => {
  it('text: is, is not, contains, starts with, empty, not empty; accents and case folded', async () => {
    expect(await organisationsWhere({ field: 'name', op: 'is', value: 'acme b.v.' })).toEqual(['Acme B.V.']);
    expect(await organisationsWhere({ field: 'visitCity', op: 'isNot', value: 'utrecht' })).toEqual(['Bakkerij Zon']);
    expect(await organisationsWhere({ field: 'name', op: 'contains', value: 'KKER' })).toEqual(['Bakkerij Zon']);
    expect(await organisationsWhere({ field: 'name', op: 'startsWith', value: 'cafe' })).toEqual(['Café Zwaan']);
    expect(await organisationsWhere({ field: 'phone', op: 'isEmpty' })).toEqual(['Acme B.V.', 'Café Zwaan']);
    expect(await organisationsWhere({ field: 'kvkNumber', op: 'isNotEmpty' })).toEqual(['Bakkerij Zon']);
  });

  it('text typed the Dutch way and hostile text, as parameters', async () => {
    expect(await organisationsWhere({ field: 'phone', op: 'is', value: '020-1234567' })).toEqual(['Bakkerij Zon']);
    expect(await organisationsWhere({ field: 'kvkNumber', op: 'is', value: '1234 5678' })).toEqual(['Bakkerij Zon']);
    expect(await personsWhere({ field: 'lastName', op: 'is', value: "o'brien" })).toEqual(['Piet']);
    expect(await jobsWhere({ field: 'jobTitle', op: 'contains', value: '100%' })).toEqual(['Jan@Café Zwaan']);
    expect(await jobsWhere({ field: 'jobTitle', op: 'contains', value: '%' })).toEqual(['Jan@Café Zwaan']);
  });

  it('choices and users: is any of, is none of, empty, mine', async () => {
    expect(await organisationsWhere({ field: 'statusId', op: 'isAnyOf', value: [ids.prospect, ids.suspect] })).toEqual(['Acme B.V.', 'Bakkerij Zon']);
    expect(await organisationsWhere({ field: 'statusId', op: 'isNoneOf', value: [ids.prospect] })).toEqual(['Bakkerij Zon', 'Café Zwaan']);
    expect(await organisationsWhere({ field: 'accountManagerId', op: 'is', value: 'me' })).toEqual(['Acme B.V.']);
    expect(await organisationsWhere({ field: 'accountManagerId', op: 'isEmpty' })).toEqual(['Café Zwaan']);
  });

  it('dates: before, after, between, in the last N days, birthday in month', async () => {
    expect(await organisationsWhere({ field: 'updatedAt', op: 'inLastDays', value: 30 })).toEqual(['Acme B.V.', 'Café Zwaan']);
    expect(await organisationsWhere({ field: 'createdAt', op: 'before', value: '2021-01-01' })).toEqual(['Café Zwaan']);
    expect(await organisationsWhere({ field: 'createdAt', op: 'between', value: ['2020-05-01', '2020-05-01'] })).toEqual(['Café Zwaan']);
    expect(await jobsWhere({ field: 'startDate', op: 'after', value: '2020-12-31' })).toEqual(['Zeger@Acme B.V.']);
    expect(await jobsWhere({ field: 'endDate', op: 'inNextDays', value: 30 })).toEqual([]);
    expect(await personsWhere({ field: 'dateOfBirth', op: 'inMonth', value: 3 })).toEqual(['Jan']);
  });

  it('booleans', async () => {
    expect(await personsWhere({ field: 'passive', op: 'is', value: true })).toEqual(['Anna']);
  });
});

describe('groups and related records', () => {
  it('nest AND within OR', async () => {
    expect(await organisationsWhere({ or: [{ and: [{ field: 'visitCity', op: 'is', value: 'Utrecht' }, { field: 'segmentId', op: 'is', value: ids.s1 }] }, { field: 'name', op: 'contains', value: 'zon' }] }))
      .toEqual(['Acme B.V.', 'Bakkerij Zon']);
  });

  it("persons in organisation by their organisation's and their person's fields", async () => {
    expect(await jobsWhere({ and: [{ field: 'organisation.segmentId', op: 'is', value: ids.s2 }, { field: 'person.marketingConsent', op: 'is', value: true }] })).toEqual(['Jan@Café Zwaan']);
    expect(await jobsWhere({ field: 'organisation.accountManagerId', op: 'is', value: 'me' })).toEqual(['Jan@Acme B.V.', 'Zeger@Acme B.V.']);
    expect(await jobsWhere({ field: 'person.dateOfBirth', op: 'inMonth', value: 7 })).toEqual(['Anna@Bakkerij Zon']);
  });

  it('persons with an active job at an organisation where …, and with none', async () => {
    const active = { field: 'active', op: 'is', value: true } as const;
    expect(await personsWhere({ field: 'employments', op: 'has', where: { and: [active, { field: 'organisation.visitCity', op: 'is', value: 'Utrecht' }] } })).toEqual(['Jan', 'Zeger']);
    expect(await personsWhere({ and: [{ field: 'marketingConsent', op: 'is', value: true }, { field: 'employments', op: 'hasNone', where: active }] })).toEqual(['Piet']);
    expect(await personsWhere({ field: 'employments', op: 'hasNone' })).toEqual(['Piet']);
  });

  it('organisations by their persons in organisation, and how many', async () => {
    const active = { field: 'active', op: 'is', value: true } as const;
    expect(await organisationsWhere({ field: 'personCount', op: 'greaterThan', value: 1, where: active })).toEqual(['Acme B.V.', 'Café Zwaan']);
    expect(await organisationsWhere({ field: 'personCount', op: 'is', value: 0, where: active })).toEqual(['Bakkerij Zon']);
    expect(await organisationsWhere({ field: 'personCount', op: 'between', value: [1, 1] })).toEqual(['Bakkerij Zon']);
    expect(await organisationsWhere({ field: 'persons', op: 'has', where: { field: 'person.passive', op: 'is', value: true } })).toEqual(['Bakkerij Zon']);
    expect(await organisationsWhere({ field: 'persons', op: 'hasNone', where: { field: 'person.firstName', op: 'is', value: 'Jan' } })).toEqual(['Bakkerij Zon']);
  });

  it('leave out deleted persons in organisation', async () => {
    await handle.db.execute(sql`UPDATE persons_in_organisation SET deleted_at = now() WHERE job_title = 'Inkoper'`);
    expect(await organisationsWhere({ field: 'persons', op: 'has', where: { field: 'person.firstName', op: 'is', value: 'Jan' } })).toEqual(['Café Zwaan']);
  });
});
