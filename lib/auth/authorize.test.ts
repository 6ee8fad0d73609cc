import { eq } from 'drizzle-orm';
import type { DbHandle } from '@/db/connect';
import { users } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import { authorizeCredentials } from './authorize';
import { hashPassword } from './password';
import { throttleLimits } from './throttle';

let handle: DbHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
  const passwordHash = await hashPassword('correct horse');
  await handle.db.insert(users).values([
    { name: 'Actief', email: 'Actief@Example.test', role: 'crm_super', passwordHash },
    { name: 'Uit', email: 'uit@example.test', role: 'user', passwordHash, active: false },
  ]);
});
afterAll(() => handle.close());

describe('signing in with e-mail and password', () => {
  it('accepts the right password whatever the case of the e-mail, and records the login time', async () => {
    const result = await authorizeCredentials(handle.db, ' ACTIEF@example.test ', 'correct horse', '10.0.0.1');
    expect(result).toMatchObject({ name: 'Actief', role: 'crm_super' });
    const [row] = await handle.db.select().from(users).where(eq(users.name, 'Actief'));
    expect(row.lastLoginAt).not.toBeNull();
  });

  it('refuses a wrong password', async () => {
    expect(await authorizeCredentials(handle.db, 'actief@example.test', 'wrong', '10.0.0.2')).toEqual({ refused: 'invalid' });
  });

  it('refuses an inactive user even with the right password', async () => {
    expect(await authorizeCredentials(handle.db, 'uit@example.test', 'correct horse', '10.0.0.3')).toEqual({ refused: 'inactive' });
  });

  it('throttles an account after repeated failures, even with the right password', async () => {
    for (let i = 0; i < throttleLimits.perAccount; i++) await authorizeCredentials(handle.db, 'actief@example.test', 'nope', `10.1.0.${i}`);
    expect(await authorizeCredentials(handle.db, 'actief@example.test', 'correct horse', '10.2.0.1')).toEqual({ refused: 'throttled' });
  });

  it('throttles an address that tries many accounts', async () => {
    for (let i = 0; i < throttleLimits.perIp; i++) await authorizeCredentials(handle.db, `guess${i}@example.test`, 'nope', '192.0.2.9');
    expect(await authorizeCredentials(handle.db, 'uit@example.test', 'correct horse', '192.0.2.9')).toEqual({ refused: 'throttled' });
  });
});
