import { and, eq, sql } from 'drizzle-orm';
import {
  changeEmployerAction,
  createPersonInOrganisationAction,
  deletePersonInOrganisationAction,
  restorePersonInOrganisationAction,
  updatePersonInOrganisationAction,
} from '@/app/(app)/persons-in-organisation/actions';
import type { DbHandle } from '@/db/connect';
import { queryRows } from '@/db/rows';
import { activities, auditLog, organisations, persons, personsInOrganisation, segments } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import type { SessionUser } from '@/lib/auth/authorize';
import { getSessionUser } from '@/lib/auth/session';
import { makeUser } from '@/lib/testing/fixtures';
import { changeEmployerFormValues, personInOrganisationFormValues } from './form-values';

jest.mock('@/lib/auth/session', () => ({ getSessionUser: jest.fn() }));
const signedInAs = (user: SessionUser | null) => (getSessionUser as jest.Mock).mockResolvedValue(user);

let handle: DbHandle;
let user: SessionUser;
let superUser: SessionUser;
let jan: number;
let gonePerson: number;
let acme: number;
let zwaan: number;
let goneOrganisation: number;
let category: number;
let subcategory: number;
let otherCategory: number;
let organisationSegment: number;

beforeAll(async () => {
  handle = await openTestDatabase();
  user = await makeUser(handle.db, 'user');
  superUser = await makeUser(handle.db, 'crm_super');
  const people = await handle.db
    .insert(persons)
    .values([{ firstName: 'Jan', namePrefix: 'van den', lastName: 'Berg' }, { lastName: 'Weg', deletedAt: new Date() }])
    .returning();
  [jan, gonePerson] = people.map((p) => p.id);
  const orgs = await handle.db.insert(organisations).values([{ name: 'Acme B.V.' }, { name: 'Zwaan B.V.' }, { name: 'Opgeheven B.V.', deletedAt: new Date() }]).returning();
  [acme, zwaan, goneOrganisation] = orgs.map((o) => o.id);
  const [main, other, orgOnly] = await handle.db
    .insert(segments)
    .values([
      { name: 'Beslisser', appliesToOrganisation: false, appliesToPersonInOrganisation: true },
      { name: 'Netwerk', appliesToOrganisation: false, appliesToPersonInOrganisation: true },
      { name: 'MKB', appliesToOrganisation: true, appliesToPersonInOrganisation: false },
    ])
    .returning();
  const [sub] = await handle.db.insert(segments).values({ name: 'Budgethouder', parentId: main.id, appliesToOrganisation: false, appliesToPersonInOrganisation: true }).returning();
  [category, otherCategory, organisationSegment, subcategory] = [main.id, other.id, orgOnly.id, sub.id];
});
afterAll(() => handle.close());

const form = (patch: Record<string, unknown> = {}) => ({ ...personInOrganisationFormValues(null, { personId: jan, organisationId: acme }), ...patch });
const load = async (id: number) => (await handle.db.select().from(personsInOrganisation).where(eq(personsInOrganisation.id, id)))[0];
const count = async () => (await queryRows<{ n: number }>(handle.db, sql`SELECT count(*)::int AS n FROM persons_in_organisation`))[0].n;

async function create(patch: Record<string, unknown> = {}) {
  signedInAs(user);
  const result = await createPersonInOrganisationAction(form(patch));
  if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result)}`);
  return result.data.id;
}

describe('person in organisation mutations', () => {
  it('creates one with Dutch input normalised, the sort keys filled and a history entry', async () => {
    const id = await create({ jobTitle: 'Inkoper', email: 'Jan@Acme.NL', phone: '020-1234567', startDate: '22-11-2026', categoryId: String(category), subcategoryId: String(subcategory) });
    expect(await load(id)).toMatchObject({
      personId: jan, organisationId: acme, email: 'jan@acme.nl', phone: '+31201234567', startDate: '2026-11-22', active: true,
      personSortName: 'berg jan van den', organisationNameSort: 'acme b.v.', createdBy: user.id,
    });
    const entries = await handle.db.select().from(auditLog).where(and(eq(auditLog.tableName, 'persons_in_organisation'), eq(auditLog.recordId, id)));
    expect(entries.map((e) => e.action)).toEqual(['create']);
  });

  it('refuses a person and an organisation that are missing or deleted, each at its field', async () => {
    signedInAs(user);
    const before = await count();
    const gone = await createPersonInOrganisationAction(form({ personId: String(gonePerson), organisationId: String(goneOrganisation) }));
    expect(gone).toMatchObject({ ok: false, fieldErrors: { personId: ['personsInOrganisation.personGone'], organisationId: ['personsInOrganisation.organisationGone'] } });
    const missing = await createPersonInOrganisationAction(form({ organisationId: '999999' }));
    expect(missing).toMatchObject({ ok: false, fieldErrors: { organisationId: ['personsInOrganisation.organisationGone'] } });
    const empty = await createPersonInOrganisationAction(form({ personId: '', organisationId: '' }));
    expect(empty).toMatchObject({ ok: false, fieldErrors: { personId: ['validation.required'], organisationId: ['validation.required'] } });
    expect(await count()).toBe(before);
  });

  it('refuses an end date before the start date at the end date, with the other errors', async () => {
    signedInAs(user);
    const result = await createPersonInOrganisationAction(form({ startDate: '01-03-2026', endDate: '28-02-2026', email: 'x@' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({ endDate: ['personsInOrganisation.endBeforeStart'], email: ['validation.email'] });
  });

  it('refuses a stale save with the changed fields and their values, and keeps the newer data', async () => {
    const id = await create({ jobTitle: 'Inkoper' });
    signedInAs(superUser);
    expect((await updatePersonInOrganisationAction({ ...form({ jobTitle: 'Inkoper' }), id, version: 1, department: 'Inkoop' })).ok).toBe(true);
    signedInAs(user);
    const stale = await updatePersonInOrganisationAction({ ...form({ jobTitle: 'Hoofd inkoop' }), id, version: 1 });
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.formError).toBe('errors.staleVersion');
    expect(stale.conflict).toMatchObject({ fields: [{ field: 'department', value: 'Inkoop' }], by: superUser.name, version: 2 });
    expect(await load(id)).toMatchObject({ jobTitle: 'Inkoper', department: 'Inkoop', version: 2 });
  });

  it('lets only CRM Super users delete, takes its activities along, and restores exactly those', async () => {
    const id = await create();
    await handle.db.insert(activities).values({ kind: 'call', subject: 'Bellen', personInOrganisationId: id });
    signedInAs(user);
    expect(await deletePersonInOrganisationAction({ id, version: 1 })).toEqual({ ok: false, formError: 'errors.forbidden' });
    expect((await load(id)).deletedAt).toBeNull();
    signedInAs(superUser);
    expect(await deletePersonInOrganisationAction({ id, version: 1 })).toEqual({ ok: true, data: { id, personId: jan, organisationIds: [acme], activities: 1 } });
    expect((await load(id)).deletedAt).not.toBeNull();
    signedInAs(user);
    expect(await restorePersonInOrganisationAction({ id })).toEqual({ ok: false, formError: 'errors.forbidden' });
    signedInAs(superUser);
    expect(await restorePersonInOrganisationAction({ id })).toMatchObject({ ok: true, data: { id, activities: 1 } });
    expect((await load(id)).deletedAt).toBeNull();
  });

  it('changes employer in one transaction: the old job ends inactive, the new one starts active, history kept', async () => {
    const id = await create({ jobTitle: 'Inkoper', startDate: '01-01-2020', categoryId: String(category) });
    signedInAs(user);
    const old = await load(id);
    const result = await changeEmployerAction({ ...changeEmployerFormValues(old, '2026-11-20'), organisationId: String(zwaan), jobTitle: 'Hoofd inkoop', email: 'jan@zwaan.nl' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await load(id)).toMatchObject({ active: false, endDate: '2026-11-20', startDate: '2020-01-01', jobTitle: 'Inkoper', organisationId: acme, version: 2 });
    expect(await load(result.data.id)).toMatchObject({
      personId: jan, organisationId: zwaan, active: true, startDate: '2026-11-21', endDate: null, jobTitle: 'Hoofd inkoop', email: 'jan@zwaan.nl', categoryId: category,
    });
    const [update] = await handle.db.select().from(auditLog).where(and(eq(auditLog.recordId, id), eq(auditLog.tableName, 'persons_in_organisation'), eq(auditLog.action, 'update')));
    expect(update.changes).toEqual({ active: [true, false], endDate: [null, '2026-11-20'] });
  });

  it('changes nothing when the change of employer is refused: same organisation, stale version, start before end, inactive job', async () => {
    const id = await create({ startDate: '01-01-2020' });
    signedInAs(user);
    const old = await load(id);
    const base = changeEmployerFormValues(old, '2026-11-20');
    const before = await count();
    expect(await changeEmployerAction({ ...base, organisationId: String(acme) })).toMatchObject({ ok: false, fieldErrors: { organisationId: ['personsInOrganisation.sameOrganisation'] } });
    expect(await changeEmployerAction({ ...base, organisationId: String(zwaan), startDate: '19-11-2026' })).toMatchObject({ ok: false, fieldErrors: { startDate: ['personsInOrganisation.startBeforeEnd'] } });
    expect(await changeEmployerAction({ ...base, organisationId: String(zwaan), endDate: '31-12-2019', startDate: '01-01-2020' })).toMatchObject({ ok: false, fieldErrors: { endDate: ['personsInOrganisation.endBeforeOldStart'] } });
    expect(await changeEmployerAction({ ...base, organisationId: String(goneOrganisation) })).toMatchObject({ ok: false, fieldErrors: { organisationId: ['personsInOrganisation.organisationGone'] } });
    // The database refuses the new record after the old one was ended: the end is rolled back too.
    const refused = await changeEmployerAction({ ...base, organisationId: String(zwaan), categoryId: String(otherCategory), subcategoryId: String(subcategory) });
    expect(refused).toEqual({ ok: false, formError: 'errors.segmentRule' });
    expect(await load(id)).toMatchObject({ active: true, endDate: null, version: 1 });
    signedInAs(superUser);
    expect((await updatePersonInOrganisationAction({ ...form({ startDate: '01-01-2020', department: 'ICT' }), id, version: 1 })).ok).toBe(true);
    signedInAs(user);
    const stale = await changeEmployerAction({ ...base, organisationId: String(zwaan) });
    expect(stale).toMatchObject({ ok: false, formError: 'errors.staleVersion', conflict: { fields: [{ field: 'department', value: 'ICT' }], version: 2 } });
    expect(await count()).toBe(before);
    expect(await load(id)).toMatchObject({ active: true, endDate: null, version: 2 });
    signedInAs(superUser);
    expect((await updatePersonInOrganisationAction({ ...form({ startDate: '01-01-2020', active: false }), id, version: 2 })).ok).toBe(true);
    signedInAs(user);
    expect(await changeEmployerAction({ ...base, version: 3, organisationId: String(zwaan) })).toEqual({ ok: false, formError: 'personsInOrganisation.notActive' });
    expect(await count()).toBe(before);
  });

  it('has the database refuse a subcategory outside its category, or a category not for persons in organisation', async () => {
    const insert = (categoryId: number | null, subcategoryId: number | null) =>
      handle.db.execute(sql`INSERT INTO persons_in_organisation (person_id, organisation_id, category_id, subcategory_id) VALUES (${jan}, ${acme}, ${categoryId}, ${subcategoryId})`);
    await expect(insert(otherCategory, subcategory)).rejects.toThrow();
    await expect(insert(organisationSegment, null)).rejects.toThrow();
    await expect(insert(null, subcategory)).rejects.toThrow();
    await expect(insert(category, subcategory)).resolves.toBeDefined();
    signedInAs(user);
    const viaForm = await createPersonInOrganisationAction(form({ categoryId: String(otherCategory), subcategoryId: String(subcategory) }));
    expect(viaForm).toEqual({ ok: false, formError: 'errors.segmentRule' });
  });
});
