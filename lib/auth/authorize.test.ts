import { eq } from 'drizzle-orm';
import type { DbHandle } from '@/db/connect';
import { users } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import { authorizeCredentials } from './authorize';
import { hashPassword, verifyPassword } from './password';
import { attackDelayMs, throttleLimits } from './throttle';

jest.mock('./password', () => {
  const actual = jest.requireActual('./password');
  return { ...actual, verifyPassword: jest.fn(actual.verifyPassword) };
});

let handle: DbHandle;
const noWait = jest.fn(async () => undefined);

beforeAll(async () => {
  handle = await openTestDatabase();
  const passwordHash = await hashPassword('correct horse');
  await handle.db.insert(users).values([
    { name: 'Actief', email: 'Actief@Example.test', role: 'crm_super', passwordHash },
    { name: 'Uit', email: 'uit@example.test', role: 'user', passwordHash, active: false },
    { name: 'Doel', email: 'doel@example.test', role: 'admin', passwordHash },
    { name: 'Aanval', email: 'aanval@example.test', role: 'user', passwordHash },
    { name: 'Adres', email: 'adres@example.test', role: 'user', passwordHash },
  ]);
});
afterAll(() => handle.close());
beforeEach(() => noWait.mockClear());

const signIn = (email: string, password: string, ip: string) => authorizeCredentials(handle.db, email, password, ip, noWait);

describe('signing in with e-mail and password', () => {
  it('accepts the right password whatever the case of the e-mail, and records the login time', async () => {
    const result = await signIn(' ACTIEF@example.test ', 'correct horse', '10.0.0.1');
    expect(result).toMatchObject({ name: 'Actief', role: 'crm_super' });
    const [row] = await handle.db.select().from(users).where(eq(users.name, 'Actief'));
    expect(row.lastLoginAt).not.toBeNull();
  });

  it('refuses a wrong password', async () => {
    expect(await signIn('actief@example.test', 'wrong', '10.0.0.2')).toEqual({ refused: 'invalid' });
  });

  it('refuses an inactive user even with the right password', async () => {
    expect(await signIn('uit@example.test', 'correct horse', '10.0.0.3')).toEqual({ refused: 'inactive' });
  });

  it('checks a password hash for an unknown e-mail address too, so that the answer takes as long', async () => {
    (verifyPassword as jest.Mock).mockClear();
    expect(await signIn('nobody@example.test', 'whatever', '10.0.0.4')).toEqual({ refused: 'invalid' });
    expect(verifyPassword).toHaveBeenCalledTimes(1);
    expect((verifyPassword as jest.Mock).mock.calls[0][0]).toMatch(/^\$argon2id\$/);
  });

  it('does not let others lock an account: failures from other addresses leave the right password from a clean address through', async () => {
    for (let i = 0; i < throttleLimits.perAccountAndAddress; i++) await signIn('doel@example.test', 'nope', `10.1.0.${i}`);
    expect(await signIn('doel@example.test', 'correct horse', '10.2.0.1')).toMatchObject({ name: 'Doel' });
  });

  it('throttles an account from an address after repeated failures there, even with the right password', async () => {
    for (let i = 0; i < throttleLimits.perAccountAndAddress; i++) await signIn('actief@example.test', 'nope', '10.3.0.1');
    expect(await signIn('actief@example.test', 'correct horse', '10.3.0.1')).toEqual({ refused: 'throttled' });
    expect(await signIn('actief@example.test', 'correct horse', '10.3.0.2')).toMatchObject({ name: 'Actief' });
  });

  it('slows an account under attack from many addresses down instead of locking it', async () => {
    const failures = throttleLimits.accountUnderAttack + 2;
    for (let i = 0; i < failures; i++) await signIn('aanval@example.test', 'nope', `10.4.0.${i}`);
    expect(await signIn('aanval@example.test', 'correct horse', '10.5.0.1')).toMatchObject({ name: 'Aanval' });
    expect(noWait).toHaveBeenLastCalledWith(attackDelayMs(failures));
    expect(attackDelayMs(failures)).toBeGreaterThan(0);
  });

  it('throttles an address that tries many accounts', async () => {
    for (let i = 0; i < throttleLimits.perAddress; i++) await signIn(`guess${i}@example.test`, 'nope', '192.0.2.9');
    expect(await signIn('adres@example.test', 'correct horse', '192.0.2.9')).toEqual({ refused: 'throttled' });
    expect(await signIn('adres@example.test', 'correct horse', '192.0.2.10')).toMatchObject({ name: 'Adres' });
  });
});

describe('the wait for an account under attack', () => {
  it('is nothing below the limit, then grows with the failures up to a ceiling', () => {
    expect(attackDelayMs(throttleLimits.accountUnderAttack - 1)).toBe(0);
    expect(attackDelayMs(throttleLimits.accountUnderAttack)).toBe(throttleLimits.delayStepMs);
    expect(attackDelayMs(1000)).toBe(throttleLimits.maxDelayMs);
  });
});
