import { and, eq } from 'drizzle-orm';
import { createUserAction, resetPasswordAction, updateUserAction } from '@/app/(app)/admin/users/actions';
import type { DbHandle } from '@/db/connect';
import { auditLog, users } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import type { SessionUser } from '@/lib/auth/authorize';
import { verifyPassword } from '@/lib/auth/password';
import { getSessionUser } from '@/lib/auth/session';
import { makeUser } from '@/lib/testing/fixtures';

jest.mock('@/lib/auth/session', () => ({ getSessionUser: jest.fn() }));
const signedInAs = (user: SessionUser | null) => (getSessionUser as jest.Mock).mockResolvedValue(user);

let handle: DbHandle;
let admin: SessionUser;
let plainUser: SessionUser;

beforeAll(async () => {
  handle = await openTestDatabase();
  admin = await makeUser(handle.db, 'admin');
  plainUser = await makeUser(handle.db, 'user');
});
afterAll(() => handle.close());

const newUser = { name: 'Nina Nieuw', email: 'Nina@Example.test', role: 'user' as const, password: 'lang-genoeg-1' };

describe('the mutation path on user administration', () => {
  it('refuses an admin action called directly by a user, and writes nothing', async () => {
    signedInAs(plainUser);
    const result = await createUserAction(newUser);
    expect(result).toEqual({ ok: false, formError: 'errors.forbidden' });
    expect(await handle.db.select().from(users).where(eq(users.email, 'nina@example.test'))).toHaveLength(0);
  });

  it('refuses anonymous callers', async () => {
    signedInAs(null);
    expect(await createUserAction(newUser)).toEqual({ ok: false, formError: 'errors.signedOut' });
  });

  it('returns every field error for invalid input and writes nothing', async () => {
    signedInAs(admin);
    const result = await createUserAction({ name: '', email: 'not-an-email', role: 'user', password: 'short' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['email', 'name', 'password']);
    expect(result.fieldErrors?.password).toEqual(['users.passwordTooShort']);
    const count = await handle.db.select().from(users);
    expect(count).toHaveLength(2);
  });

  it('creates a user with a hashed password, lower-cased e-mail and a create entry in the audit log', async () => {
    signedInAs(admin);
    const result = await createUserAction(newUser);
    expect(result.ok).toBe(true);
    const [row] = await handle.db.select().from(users).where(eq(users.email, 'nina@example.test'));
    expect(row.createdBy).toBe(admin.id);
    expect(await verifyPassword(row.passwordHash, 'lang-genoeg-1')).toBe(true);
    const audit = await handle.db.select().from(auditLog).where(and(eq(auditLog.tableName, 'users'), eq(auditLog.recordId, row.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', userId: admin.id, recordVersion: 1 });
    expect(audit[0].changes.email).toEqual([null, 'nina@example.test']);
    expect(audit[0].changes.passwordHash).toEqual(['•', '•']);
  });

  it('turns a duplicate e-mail (any case) into a message at the e-mail field', async () => {
    signedInAs(admin);
    const result = await createUserAction({ ...newUser, email: 'NINA@example.TEST' });
    expect(result).toEqual({ ok: false, fieldErrors: { email: ['errors.duplicate'] } });
  });

  it('records field-by-field old and new values on update', async () => {
    signedInAs(admin);
    const [row] = await handle.db.select().from(users).where(eq(users.email, 'nina@example.test'));
    const result = await updateUserAction({ id: row.id, version: row.version, name: row.name, role: 'crm_super', active: true });
    expect(result).toEqual({ ok: true, data: { id: row.id, version: 2 } });
    const [entry] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tableName, 'users'), eq(auditLog.recordId, row.id), eq(auditLog.action, 'update')));
    expect(entry.changes).toEqual({ role: ['user', 'crm_super'] });
  });

  it('refuses a stale version and says which fields changed, by whom', async () => {
    signedInAs(admin);
    const [row] = await handle.db.select().from(users).where(eq(users.email, 'nina@example.test'));
    const result = await updateUserAction({ id: row.id, version: 1, name: 'Oude Naam', role: 'user', active: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.formError).toBe('errors.staleVersion');
    expect(result.conflict).toMatchObject({ fields: [{ field: 'role', value: 'crm_super' }], by: admin.name, version: 2 });
    const [after] = await handle.db.select().from(users).where(eq(users.id, row.id));
    expect(after.name).toBe('Nina Nieuw');
  });

  it('uses the role stored now, not the one in an older session token', async () => {
    const demoted = await makeUser(handle.db, 'admin');
    await handle.db.update(users).set({ role: 'user' }).where(eq(users.id, demoted.id));
    signedInAs(demoted);
    expect(await createUserAction({ ...newUser, email: 'other@example.test' })).toEqual({ ok: false, formError: 'errors.forbidden' });
  });

  it('keeps at least one active admin and stops an admin from locking themselves out', async () => {
    signedInAs(admin);
    const [me] = await handle.db.select().from(users).where(eq(users.id, admin.id));
    const result = await updateUserAction({ id: me.id, version: me.version, name: me.name, role: 'user', active: true });
    expect(result).toEqual({ ok: false, formError: 'users.cannotLockOutSelf' });
  });

  it('refuses an admin deactivating their own account, and says so', async () => {
    signedInAs(admin);
    const [me] = await handle.db.select().from(users).where(eq(users.id, admin.id));
    expect(await updateUserAction({ id: me.id, version: me.version, name: me.name, role: 'admin', active: false })).toEqual({ ok: false, formError: 'users.cannotDeactivateSelf' });
    const [after] = await handle.db.select().from(users).where(eq(users.id, admin.id));
    expect(after).toMatchObject({ active: true, role: 'admin', version: me.version });
  });

  it('resets a password so the new one verifies', async () => {
    signedInAs(admin);
    const [row] = await handle.db.select().from(users).where(eq(users.email, 'nina@example.test'));
    const result = await resetPasswordAction({ id: row.id, version: row.version, password: 'een-nieuw-wachtwoord' });
    expect(result.ok).toBe(true);
    const [after] = await handle.db.select().from(users).where(eq(users.id, row.id));
    expect(await verifyPassword(after.passwordHash, 'een-nieuw-wachtwoord')).toBe(true);
  });

  it('keeps one active admin when the last two deactivate each other at the same moment', async () => {
    const other = await makeUser(handle.db, 'admin');
    const activeAdmins = () => handle.db.select({ id: users.id }).from(users).where(and(eq(users.role, 'admin'), eq(users.active, true)));
    expect((await activeAdmins()).map((u) => u.id).sort()).toEqual([admin.id, other.id].sort());
    const rows = await handle.db.select().from(users);
    const row = (id: number) => rows.find((u) => u.id === id)!;
    const deactivate = (id: number) => updateUserAction({ id, version: row(id).version, name: row(id).name, role: 'admin', active: false });
    (getSessionUser as jest.Mock).mockResolvedValueOnce(admin).mockResolvedValueOnce(other);
    const results = await Promise.all([deactivate(other.id), deactivate(admin.id)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false });
    expect(await activeAdmins()).toHaveLength(1);
  });
});
