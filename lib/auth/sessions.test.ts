import { eq, sql } from 'drizzle-orm';
import { resetPasswordAction, updateUserAction } from '@/app/(app)/admin/users/actions';
import type { DbHandle } from '@/db/connect';
import { sessions, users } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import { getSessionUser } from '@/lib/auth/session';
import { makeUser } from '@/lib/testing/fixtures';
import type { SessionUser } from './authorize';
import { openSessionUser, sealSessionUser } from './session-header';
import { checkSession, endSession, startSession } from './sessions';

jest.mock('@/lib/auth/session', () => ({ getSessionUser: jest.fn() }));

let handle: DbHandle;
let admin: SessionUser;
beforeAll(async () => {
  handle = await openTestDatabase();
  admin = await makeUser(handle.db, 'admin');
  (getSessionUser as jest.Mock).mockResolvedValue(admin);
});
afterAll(() => handle.close());

const versionOf = async (id: number) => (await handle.db.select({ v: users.version }).from(users).where(eq(users.id, id)))[0].v;

describe('sessions checked against the database on every request', () => {
  it('answers the user of a live session with the role and name as stored now, not as at sign-in', async () => {
    const superUser = await makeUser(handle.db, 'crm_super');
    const sid = await startSession(handle.db, superUser.id);
    expect(await checkSession(handle.db, sid)).toMatchObject({ id: superUser.id, role: 'crm_super' });
    await handle.db.update(users).set({ role: 'user', name: 'Gedegradeerd' }).where(eq(users.id, superUser.id));
    expect(await checkSession(handle.db, sid)).toMatchObject({ role: 'user', name: 'Gedegradeerd' });
    await handle.db.update(users).set({ role: 'admin' }).where(eq(users.id, superUser.id));
    expect(await checkSession(handle.db, sid)).toMatchObject({ role: 'admin' });
  });

  it('ends the sessions of a user an admin deactivates; reactivating does not bring them back', async () => {
    const u = await makeUser(handle.db, 'user');
    const sid = await startSession(handle.db, u.id);
    expect(await updateUserAction({ id: u.id, version: await versionOf(u.id), name: u.name, role: 'user', active: false })).toMatchObject({ ok: true });
    expect(await checkSession(handle.db, sid)).toBeNull();
    expect(await updateUserAction({ id: u.id, version: await versionOf(u.id), name: u.name, role: 'user', active: true })).toMatchObject({ ok: true });
    expect(await checkSession(handle.db, sid)).toBeNull();
  });

  it('refuses a session whose user was deactivated or deleted by any path', async () => {
    const u = await makeUser(handle.db, 'user');
    const sid = await startSession(handle.db, u.id);
    await handle.db.update(users).set({ active: false }).where(eq(users.id, u.id));
    expect(await checkSession(handle.db, sid)).toBeNull();
    await handle.db.update(users).set({ active: true, deletedAt: new Date() }).where(eq(users.id, u.id));
    expect(await checkSession(handle.db, sid)).toBeNull();
  });

  it('ends every session of a user whose password an admin resets', async () => {
    const u = await makeUser(handle.db, 'user');
    const [a, b] = [await startSession(handle.db, u.id), await startSession(handle.db, u.id)];
    expect(await resetPasswordAction({ id: u.id, version: await versionOf(u.id), password: 'een-nieuw-wachtwoord' })).toMatchObject({ ok: true });
    expect(await checkSession(handle.db, a)).toBeNull();
    expect(await checkSession(handle.db, b)).toBeNull();
  });

  it('ends the session on signing out, leaving the user’s other sessions alone', async () => {
    const u = await makeUser(handle.db, 'user');
    const [here, elsewhere] = [await startSession(handle.db, u.id), await startSession(handle.db, u.id)];
    await endSession(handle.db, here);
    expect(await checkSession(handle.db, here)).toBeNull();
    expect(await checkSession(handle.db, elsewhere)).toMatchObject({ id: u.id });
  });

  it('refuses an expired session, an unknown one and a token without a session id, and clears expired rows on sign-in', async () => {
    const u = await makeUser(handle.db, 'user');
    const sid = await startSession(handle.db, u.id);
    await handle.db.update(sessions).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(sessions.id, sid));
    expect(await checkSession(handle.db, sid)).toBeNull();
    for (const bad of [undefined, 42, 'x', "'; DROP TABLE users; --", '00000000-0000-0000-0000-000000000000']) expect(await checkSession(handle.db, bad)).toBeNull();
    await startSession(handle.db, u.id);
    expect(await handle.db.select().from(sessions).where(eq(sessions.id, sid))).toHaveLength(0);
  });
});

describe('the checked user handed from the proxy to the app', () => {
  const user: SessionUser = { id: 7, name: 'Daniël', email: 'd@example.test', role: 'crm_super', locale: 'fr' };

  it('opens what the proxy sealed, within a minute', () => {
    const sealed = sealSessionUser(user, 1000);
    expect(openSessionUser(sealed, 2000)).toEqual(user);
    expect(openSessionUser(sealed, 1000 + 61_000)).toBeNull();
  });

  it('refuses a value a client made up or changed', () => {
    const sealed = sealSessionUser(user);
    const [payload, mac] = sealed.split('.');
    const forged = Buffer.from(JSON.stringify({ ...user, role: 'admin', until: Date.now() + 60_000 })).toString('base64url');
    expect(openSessionUser(`${forged}.${mac}`)).toBeNull();
    expect(openSessionUser(`${payload}.${mac.slice(0, -2)}`)).toBeNull();
    for (const junk of [null, '', 'abc', '.', `${payload}.`]) expect(openSessionUser(junk)).toBeNull();
  });
});
