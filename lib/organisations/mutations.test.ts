import { and, eq, sql } from 'drizzle-orm';
import { createOrganisationAction, deleteOrganisationAction, restoreOrganisationAction, updateOrganisationAction } from '@/app/(app)/organisations/actions';
import type { DbHandle } from '@/db/connect';
import { queryRows } from '@/db/rows';
import { activities, auditLog, organisations, persons, personsInOrganisation } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import type { SessionUser } from '@/lib/auth/authorize';
import { getSessionUser } from '@/lib/auth/session';
import { makeUser } from '@/lib/testing/fixtures';
import { organisationFormValues } from './form-values';

jest.mock('@/lib/auth/session', () => ({ getSessionUser: jest.fn() }));
const signedInAs = (user: SessionUser | null) => (getSessionUser as jest.Mock).mockResolvedValue(user);

let handle: DbHandle;
let user: SessionUser;
let superUser: SessionUser;
beforeAll(async () => {
  handle = await openTestDatabase();
  user = await makeUser(handle.db, 'user');
  superUser = await makeUser(handle.db, 'crm_super');
});
afterAll(() => handle.close());

const form = (patch: Record<string, unknown> = {}) => ({ ...organisationFormValues(), ...patch });

describe('organisation mutations', () => {
  it('normalises Dutch formats on create: postcode, phone, IBAN, KvK, VAT, website', async () => {
    signedInAs(user);
    const result = await createOrganisationAction(
      form({ name: 'Acme B.V.', visitPostcode: '1234ab', phone: '020-1234567', iban: 'nl91 abna 0417 1643 00', kvkNumber: '1234 5678', vatNumber: 'nl004495445b01', website: 'www.acme.nl' }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [row] = await handle.db.select().from(organisations).where(eq(organisations.id, result.data.id));
    expect(row).toMatchObject({ visitPostcode: '1234 AB', phone: '+31201234567', iban: 'NL91ABNA0417164300', kvkNumber: '12345678', vatNumber: 'NL004495445B01', website: 'https://www.acme.nl', postalPostcode: '1234 AB', createdBy: user.id });
  });

  it('returns all field errors at once and saves nothing', async () => {
    signedInAs(user);
    const result = await createOrganisationAction(form({ name: '', iban: 'NL00BANK', kvkNumber: '123', visitPostcode: '0123 AB', email: 'x@' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['email', 'iban', 'kvkNumber', 'name', 'visitPostcode']);
    const [count] = await queryRows<{ n: number }>(handle.db, sql`SELECT count(*)::int AS n FROM organisations`);
    expect(count.n).toBe(1);
  });

  it('refuses a stale save with the changed fields and their values', async () => {
    signedInAs(user);
    const created = await createOrganisationAction(form({ name: 'Versie B.V.' }));
    if (!created.ok) throw new Error('create failed');
    const id = created.data.id;
    signedInAs(superUser);
    expect((await updateOrganisationAction(form({ id, version: 1, name: 'Versie B.V.', visitCity: 'Zwolle' }))).ok).toBe(true);
    signedInAs(user);
    const stale = await updateOrganisationAction(form({ id, version: 1, name: 'Versie Nieuw B.V.' }));
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.conflict?.fields).toEqual(expect.arrayContaining([{ field: 'visitCity', value: 'Zwolle' }]));
    expect(stale.conflict?.by).toBe(superUser.name);
    const [row] = await handle.db.select().from(organisations).where(eq(organisations.id, id));
    expect(row.name).toBe('Versie B.V.');
  });

  it('refuses a subsegment that is not under the chosen segment (database rule)', async () => {
    const [main] = await queryRows<{ id: number }>(handle.db, sql`INSERT INTO segments (name, applies_to_organisation) VALUES ('Hoofd', true) RETURNING id`);
    const [other] = await queryRows<{ id: number }>(handle.db, sql`INSERT INTO segments (name, applies_to_organisation) VALUES ('Ander', true) RETURNING id`);
    const [sub] = await queryRows<{ id: number }>(handle.db, sql`INSERT INTO segments (name, parent_id, applies_to_organisation) VALUES ('Sub', ${other.id}, true) RETURNING id`);
    signedInAs(user);
    const result = await createOrganisationAction(form({ name: 'Segment B.V.', segmentId: String(main.id), subsegmentId: String(sub.id) }));
    expect(result).toEqual({ ok: false, formError: 'errors.segmentRule' });
  });

  it('lets only CRM Super users delete, takes persons in organisation and activities along, and restores exactly those', async () => {
    signedInAs(user);
    const created = await createOrganisationAction(form({ name: 'Weg B.V.' }));
    if (!created.ok) throw new Error('create failed');
    const id = created.data.id;
    const [person] = await handle.db.insert(persons).values({ lastName: 'Jansen' }).returning();
    await handle.db.insert(personsInOrganisation).values([{ personId: person.id, organisationId: id }, { personId: person.id, organisationId: id, active: false }]);
    await handle.db.insert(activities).values({ kind: 'call', subject: 'Bellen', organisationId: id });
    expect(await deleteOrganisationAction({ id, version: 1 })).toEqual({ ok: false, formError: 'errors.forbidden' });
    signedInAs(superUser);
    const deleted = await deleteOrganisationAction({ id, version: 1 });
    expect(deleted).toEqual({ ok: true, data: { id, personsInOrganisation: 2, activities: 1 } });
    const live = await queryRows<{ n: number }>(handle.db, sql`SELECT count(*)::int AS n FROM persons_in_organisation WHERE organisation_id = ${id} AND deleted_at IS NULL`);
    expect(live[0].n).toBe(0);
    const restored = await restoreOrganisationAction({ id });
    expect(restored).toEqual({ ok: true, data: { id, personsInOrganisation: 2, activities: 1 } });
    const entries = await handle.db.select().from(auditLog).where(and(eq(auditLog.tableName, 'persons_in_organisation'), eq(auditLog.action, 'restore')));
    expect(entries).toHaveLength(2);
  });
});
