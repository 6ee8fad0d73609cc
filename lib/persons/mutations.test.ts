import { eq } from 'drizzle-orm';
import { createPersonAction, deletePersonAction, restorePersonAction, updatePersonAction } from '@/app/(app)/persons/actions';
import type { DbHandle } from '@/db/connect';
import { organisations, persons, personsInOrganisation } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import type { SessionUser } from '@/lib/auth/authorize';
import { getSessionUser } from '@/lib/auth/session';
import { makeUser } from '@/lib/testing/fixtures';
import { personFormValues } from './form-values';

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

const form = (patch: Record<string, unknown> = {}) => ({ ...personFormValues(), ...patch });
const load = async (id: number) => (await handle.db.select().from(persons).where(eq(persons.id, id)))[0];

describe('person mutations', () => {
  it('normalises initials, phone numbers and a Dutch date of birth', async () => {
    signedInAs(user);
    const result = await createPersonAction(form({ initials: 'jp', firstName: 'Jan', namePrefix: 'van den', lastName: 'Berg', mobile: '06 12345678', dateOfBirth: '22-11-1980', postcode: '3511ab' }));
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await load(result.data.id)).toMatchObject({ initials: 'J.P.', mobile: '+31612345678', dateOfBirth: '1980-11-22', postcode: '3511 AB', marketingConsentAt: null });
  });

  it('refuses a missing last name and a birth date in the future, at their fields', async () => {
    signedInAs(user);
    const result = await createPersonAction(form({ lastName: ' ', dateOfBirth: '01-01-2999' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({ lastName: ['validation.required'], dateOfBirth: ['validation.dateInFuture'] });
  });

  it('records when marketing consent was given and when it was withdrawn', async () => {
    signedInAs(user);
    const created = await createPersonAction(form({ lastName: 'Toestemming', marketingConsent: true }));
    if (!created.ok) throw new Error('create failed');
    const given = await load(created.data.id);
    expect(given.marketingConsentAt).not.toBeNull();
    const edited = await updatePersonAction(form({ id: given.id, version: given.version, lastName: 'Toestemming', notes: 'alleen een notitie', marketingConsent: true }));
    expect(edited.ok).toBe(true);
    expect((await load(given.id)).marketingConsentAt).toEqual(given.marketingConsentAt);
    const withdrawn = await updatePersonAction(form({ id: given.id, version: given.version + 1, lastName: 'Toestemming', marketingConsent: false }));
    expect(withdrawn.ok).toBe(true);
    const after = await load(given.id);
    expect(after.marketingConsent).toBe(false);
    expect(after.marketingConsentAt!.getTime()).toBeGreaterThanOrEqual(given.marketingConsentAt!.getTime());
  });

  it('refuses a stale save', async () => {
    signedInAs(user);
    const created = await createPersonAction(form({ lastName: 'Oud' }));
    if (!created.ok) throw new Error('create failed');
    await updatePersonAction(form({ id: created.data.id, version: 1, lastName: 'Nieuw' }));
    const stale = await updatePersonAction(form({ id: created.data.id, version: 1, lastName: 'Anders' }));
    expect(stale).toMatchObject({ ok: false, formError: 'errors.staleVersion', conflict: { fields: [{ field: 'lastName', value: 'Nieuw' }] } });
  });

  it('lets only CRM Super users delete, taking the records in organisations along, and restores them', async () => {
    signedInAs(user);
    const created = await createPersonAction(form({ lastName: 'Weg' }));
    if (!created.ok) throw new Error('create failed');
    const [org] = await handle.db.insert(organisations).values({ name: 'Werkgever B.V.' }).returning();
    await handle.db.insert(personsInOrganisation).values({ personId: created.data.id, organisationId: org.id });
    expect(await deletePersonAction({ id: created.data.id, version: 1 })).toEqual({ ok: false, formError: 'errors.forbidden' });
    signedInAs(superUser);
    expect(await deletePersonAction({ id: created.data.id, version: 1 })).toEqual({ ok: true, data: { id: created.data.id, personsInOrganisation: 1, activities: 0 } });
    expect(await restorePersonAction({ id: created.data.id })).toEqual({ ok: true, data: { id: created.data.id, personsInOrganisation: 1, activities: 0 } });
    expect((await load(created.data.id)).deletedAt).toBeNull();
  });
});
