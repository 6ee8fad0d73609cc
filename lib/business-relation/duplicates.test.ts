import type { DbHandle } from '@/db/connect';
import { organisations, persons, personsInOrganisation } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import { parseDuplicateProbe } from './duplicate-probe';
import { findLikelyDuplicates, type DuplicateMatch } from './duplicates';

let handle: DbHandle;
let korenschoof: number;
let acme: number;
let jan: number;
let janAtAcme: number;

beforeAll(async () => {
  handle = await openTestDatabase();
  const orgs = await handle.db
    .insert(organisations)
    .values([
      { name: 'Bakkerij De Korenschoof B.V.', kvkNumber: '12345678', visitPostcode: '1234 AB', visitHouseNumber: '12a', visitCity: 'Utrecht' },
      { name: 'Acme B.V.' },
      { name: 'Opgeheven Korenschoof', kvkNumber: '12345678', visitPostcode: '1234 AB', visitHouseNumber: '12A', deletedAt: new Date() },
    ])
    .returning();
  [korenschoof, acme] = orgs.map((o) => o.id);
  const people = await handle.db
    .insert(persons)
    .values([
      { firstName: 'Jan', namePrefix: 'van den', lastName: 'Berg', privateEmail: 'jan@thuis.nl', dateOfBirth: '1980-02-03' },
      { firstName: 'Anna', lastName: 'Bergsma', dateOfBirth: '1980-02-03' },
      { lastName: 'Berg', dateOfBirth: '1975-06-07' },
    ])
    .returning();
  jan = people[0].id;
  [{ id: janAtAcme }] = await handle.db.insert(personsInOrganisation).values({ personId: jan, organisationId: acme, email: 'j.berg@acme.nl' }).returning();
});
afterAll(() => handle.close());

const find = (query: Record<string, string | string[]>) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) for (const one of [v].flat()) params.append(k, one);
  return findLikelyDuplicates(parseDuplicateProbe(params));
};
const brief = (matches: DuplicateMatch[]) => matches.map((m) => [m.kind, m.id, m.reasons]);

describe('the duplicate check', () => {
  it('finds the person with the same private e-mail, and the person in organisation with the same business e-mail', async () => {
    expect(brief(await find({ email: ['JAN@thuis.nl ', 'j.berg@ACME.nl'] }))).toEqual([
      ['person', jan, ['email']],
      ['personInOrganisation', janAtAcme, ['email']],
    ]);
    expect(await find({ email: 'jan@thuis.nl' })).toEqual([{ kind: 'person', id: jan, name: 'Jan van den Berg', organisation: null, city: null, reasons: ['email'] }]);
    expect(await find({ email: 'jan@thuis.nl', personId: String(jan) })).toEqual([]);
    expect(await find({ email: 'niemand@thuis.nl' })).toEqual([]);
  });

  it('finds someone with the same name at the chosen organisation, or the chosen person already working there', async () => {
    const atAcme = [['personInOrganisation', janAtAcme, ['nameAtOrganisation']]];
    expect(brief(await find({ firstName: 'jan', lastName: 'Berg', organisationId: String(acme) }))).toEqual(atAcme);
    expect(brief(await find({ lastName: 'BERG', organisationId: String(acme) }))).toEqual(atAcme);
    expect(brief(await find({ personId: String(jan), organisationId: String(acme) }))).toEqual(atAcme);
    expect(await find({ firstName: 'Piet', lastName: 'Berg', organisationId: String(acme) })).toEqual([]);
    expect(await find({ firstName: 'Jan', lastName: 'Berg', organisationId: String(korenschoof) })).toEqual([]);
  });

  it('finds a person with the same name and date of birth (the first name counts when both have one), never the person itself', async () => {
    expect(brief(await find({ firstName: 'JAN', lastName: 'berg', dateOfBirth: '3-2-1980' }))).toEqual([['person', jan, ['nameAndBirthDate']]]);
    expect(brief(await find({ lastName: 'Berg', dateOfBirth: '1980-02-03' }))).toEqual([['person', jan, ['nameAndBirthDate']]]);
    expect(await find({ firstName: 'Piet', lastName: 'Berg', dateOfBirth: '03-02-1980' })).toEqual([]);
    expect(await find({ firstName: 'Jan', lastName: 'Berg', dateOfBirth: '04-02-1980' })).toEqual([]);
    expect(await find({ firstName: 'Jan', lastName: 'Berg', dateOfBirth: '03-02-1980', personId: String(jan) })).toEqual([]);
    expect(await find({ firstName: 'Jan', lastName: 'Berg', dateOfBirth: '31-31-1980' })).toEqual([]);
    expect(await find({ firstName: 'Jan', lastName: 'Berg' })).toEqual([]);
  });

  it('finds a live organisation with a similar name, the same KvK number, or the same postcode and house number', async () => {
    expect(brief(await find({ organisationName: 'bakkerij de korenschoof' }))).toEqual([['organisation', korenschoof, ['organisationName']]]);
    expect(brief(await find({ organisationName: 'Acme' }))).toEqual([['organisation', acme, ['organisationName']]]);
    expect(await find({ organisationName: 'Zwaan Installatietechniek' })).toEqual([]);
    expect(brief(await find({ kvkNumber: '1234 5678' }))).toEqual([['organisation', korenschoof, ['kvkNumber']]]);
    expect(brief(await find({ postcode: '1234ab', houseNumber: ' 12A' }))).toEqual([['organisation', korenschoof, ['address']]]);
    expect(await find({ postcode: '1234ab', houseNumber: '14' })).toEqual([]);
    expect(await find({ organisationName: 'Korenschoof', kvkNumber: '12345678', postcode: '1234 AB', houseNumber: '12a' })).toEqual([
      { kind: 'organisation', id: korenschoof, name: 'Bakkerij De Korenschoof B.V.', organisation: null, city: 'Utrecht', reasons: ['kvkNumber', 'address'] },
    ]);
  });

  it('leaves out the chosen organisation itself, and what it cannot understand', async () => {
    expect(await find({ kvkNumber: '12345678', organisationId: String(korenschoof) })).toEqual([]);
    expect(await find({ email: 'geen-adres', kvkNumber: '123', postcode: 'x', houseNumber: '1', organisationName: 'ac', personId: 'x' })).toEqual([]);
  });
});
