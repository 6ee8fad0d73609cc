import { and, eq, sql } from 'drizzle-orm';
import { createBusinessRelationAction } from '@/app/(app)/business-relation/actions';
import { updateOrganisationAction } from '@/app/(app)/organisations/actions';
import type { DbHandle } from '@/db/connect';
import { queryRows } from '@/db/rows';
import { auditLog, organisations, persons, personsInOrganisation, segments } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import type { SessionUser } from '@/lib/auth/authorize';
import { getSessionUser } from '@/lib/auth/session';
import { organisationFormValues } from '@/lib/organisations/form-values';
import { makeUser } from '@/lib/testing/fixtures';
import { businessRelationFormValues, organisationSectionValues } from './form-values';

jest.mock('@/lib/auth/session', () => ({ getSessionUser: jest.fn() }));
const signedInAs = (user: SessionUser | null) => (getSessionUser as jest.Mock).mockResolvedValue(user);

let handle: DbHandle;
let user: SessionUser;
let superUser: SessionUser;
let acme: number;
let gone: number;
let jan: number;
let category: number;
let subcategory: number;
let otherCategory: number;

beforeAll(async () => {
  handle = await openTestDatabase();
  user = await makeUser(handle.db, 'user');
  superUser = await makeUser(handle.db, 'crm_super');
  const orgs = await handle.db.insert(organisations).values([{ name: 'Acme B.V.', visitCity: 'Utrecht' }, { name: 'Opgeheven B.V.', deletedAt: new Date() }]).returning();
  [acme, gone] = orgs.map((o) => o.id);
  [{ id: jan }] = await handle.db.insert(persons).values({ firstName: 'Jan', lastName: 'Berg' }).returning();
  const [main, other] = await handle.db
    .insert(segments)
    .values([
      { name: 'Beslisser', appliesToOrganisation: false, appliesToPersonInOrganisation: true },
      { name: 'Netwerk', appliesToOrganisation: false, appliesToPersonInOrganisation: true },
    ])
    .returning();
  const [sub] = await handle.db.insert(segments).values({ name: 'Budgethouder', parentId: main.id, appliesToOrganisation: false, appliesToPersonInOrganisation: true }).returning();
  [category, otherCategory, subcategory] = [main.id, other.id, sub.id];
});
afterAll(() => handle.close());

type Patch = { personId?: string; person?: object; job?: object; organisationId?: string; organisationVersion?: string; editOrganisation?: boolean; organisation?: object };

// The form as a user fills it in: a new person at a new organisation, with `patch` applied section by section.
function form(patch: Patch = {}) {
  const base = businessRelationFormValues(user.id);
  return {
    ...base,
    ...patch,
    person: { ...base.person, firstName: 'Anna', lastName: 'Vries', namePrefix: 'de', ...patch.person },
    job: { ...base.job, jobTitle: 'Inkoper', email: 'Anna@Nieuw.NL', ...patch.job },
    organisation: { ...base.organisation, name: 'Nieuw B.V.', kvkNumber: '1234 5678', visitPostcode: '1234ab', visitHouseNumber: '12', ...patch.organisation },
  };
}

const counts = async () =>
  (
    await queryRows<Record<string, number>>(handle.db, sql`
      SELECT (SELECT count(*) FROM persons)::int AS persons, (SELECT count(*) FROM organisations)::int AS organisations,
             (SELECT count(*) FROM persons_in_organisation)::int AS pio, (SELECT count(*) FROM audit_log)::int AS audit`)
  )[0];
const history = (table: string, id: number) =>
  handle.db.select().from(auditLog).where(and(eq(auditLog.tableName, table), eq(auditLog.recordId, id))).orderBy(auditLog.id);
const loadOrganisation = async (id: number) => (await handle.db.select().from(organisations).where(eq(organisations.id, id)))[0];

async function add(patch: Patch = {}) {
  signedInAs(user);
  const result = await createBusinessRelationAction(form(patch));
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.data;
}

describe('adding a business relation', () => {
  it('lets a user create a person, a new organisation and the person in organisation in one go, each with its history', async () => {
    const data = await add({ job: { categoryId: String(category), subcategoryId: String(subcategory), startDate: '01-02-2026' } });
    const [job] = await handle.db.select().from(personsInOrganisation).where(eq(personsInOrganisation.id, data.id));
    expect(job).toMatchObject({ personId: data.personId, organisationId: data.organisationId, jobTitle: 'Inkoper', email: 'anna@nieuw.nl', startDate: '2026-02-01', active: true, categoryId: category, createdBy: user.id });
    expect((await handle.db.select().from(persons).where(eq(persons.id, data.personId)))[0]).toMatchObject({ firstName: 'Anna', namePrefix: 'de', lastName: 'Vries', createdBy: user.id });
    expect(await loadOrganisation(data.organisationId)).toMatchObject({ name: 'Nieuw B.V.', kvkNumber: '12345678', visitPostcode: '1234 AB', accountManagerId: user.id, createdBy: user.id });
    for (const [table, id] of [['persons', data.personId], ['organisations', data.organisationId], ['persons_in_organisation', data.id]] as const) {
      const entries = await history(table, id);
      expect(entries.map((e) => [e.action, e.userId])).toEqual([['create', user.id]]);
    }
  });

  it('links a new person to an existing organisation and leaves the organisation as it is', async () => {
    const before = await loadOrganisation(acme);
    const data = await add({ organisationId: String(acme), organisationVersion: String(before.version), organisation: { name: '' } });
    expect(data.organisationId).toBe(acme);
    expect(await loadOrganisation(acme)).toMatchObject({ name: 'Acme B.V.', version: before.version, kvkNumber: null });
    expect((await history('organisations', acme)).length).toBe(0);
  });

  it('links an existing person, creating no other person', async () => {
    const before = await counts();
    const data = await add({ personId: String(jan), person: { lastName: '' }, organisationId: String(acme) });
    expect(data.personId).toBe(jan);
    expect(await counts()).toMatchObject({ persons: before.persons, organisations: before.organisations, pio: before.pio + 1 });
  });

  it('completes an existing organisation through its version check, and refuses a stale one with what changed', async () => {
    const current = await loadOrganisation(acme);
    const completed = { ...organisationSectionValues(current), kvkNumber: '87654321', visitCity: 'Amersfoort' };
    await add({ organisationId: String(acme), organisationVersion: String(current.version), editOrganisation: true, organisation: completed });
    const after = await loadOrganisation(acme);
    expect(after).toMatchObject({ kvkNumber: '87654321', visitCity: 'Amersfoort', version: current.version + 1, updatedBy: user.id });
    expect((await history('organisations', acme)).at(-1)?.changes).toEqual({ kvkNumber: [null, '87654321'], visitCity: ['Utrecht', 'Amersfoort'], postalCity: [null, 'Amersfoort'] });

    signedInAs(superUser);
    expect((await updateOrganisationAction({ ...organisationFormValues(after), phone: '030 123 4567' })).ok).toBe(true);
    const before = await counts();
    signedInAs(user);
    const stale = await createBusinessRelationAction(form({ organisationId: String(acme), organisationVersion: String(after.version), editOrganisation: true, organisation: { ...completed, website: 'acme.nl' } }));
    expect(stale).toMatchObject({ ok: false, formError: 'errors.staleVersion', conflict: { fields: [{ field: 'phone', value: '+31301234567' }], by: superUser.name, version: after.version + 1 } });
    expect(await counts()).toEqual(before);
  });

  it('writes nothing when a field in any section is invalid, and names every bad field', async () => {
    const before = await counts();
    signedInAs(user);
    const result = await createBusinessRelationAction(form({ person: { privateEmail: 'anna@' }, job: { startDate: '31-02-2026' }, organisation: { kvkNumber: '123' } }));
    expect(result).toMatchObject({ ok: false, formError: 'errors.checkFields' });
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({ 'person.privateEmail': ['validation.email'], 'job.startDate': ['validation.date'], 'organisation.kvkNumber': ['validation.kvk'] });
    expect(await createBusinessRelationAction(form({ person: { lastName: ' ' }, organisation: { name: '' } }))).toMatchObject({
      ok: false,
      fieldErrors: { 'person.lastName': ['validation.required'], 'organisation.name': ['validation.required'] },
    });
    expect(await counts()).toEqual(before);
  });

  it('undoes the new person and organisation when the database refuses the person in organisation', async () => {
    const before = await counts();
    signedInAs(user);
    const result = await createBusinessRelationAction(form({ job: { categoryId: String(otherCategory), subcategoryId: String(subcategory) } }));
    expect(result).toEqual({ ok: false, formError: 'errors.segmentRule' });
    expect(await counts()).toEqual(before);
  });

  it('refuses a deleted organisation or person at its field, and a visitor who is signed out', async () => {
    const before = await counts();
    signedInAs(user);
    expect(await createBusinessRelationAction(form({ organisationId: String(gone) }))).toMatchObject({ ok: false, fieldErrors: { organisationId: ['personsInOrganisation.organisationGone'] } });
    expect(await createBusinessRelationAction(form({ personId: '999999' }))).toMatchObject({ ok: false, fieldErrors: { personId: ['personsInOrganisation.personGone'] } });
    signedInAs(null);
    expect(await createBusinessRelationAction(form())).toEqual({ ok: false, formError: 'errors.signedOut' });
    expect(await counts()).toEqual(before);
  });
});
