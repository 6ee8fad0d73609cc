import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { queryRows } from '@/db/rows';
import { loginAttempts } from '@/db/schema';

// Sign-in throttling after OWASP's authentication guidance: failures are counted per account and client address
// together (so nobody can lock someone else out), per address (one address trying many accounts), and per account
// from all addresses together, which slows an account under a spread-out attack down instead of locking it.
export const throttleLimits = {
  windowMinutes: 15,
  perAccountAndAddress: 5,
  perAddress: 20,
  accountUnderAttack: 10,
  delayStepMs: 200,
  maxDelayMs: 2000,
};

// Whether this attempt is refused outright, or else how long it waits before the password is checked.
export type ThrottleVerdict = { refused: boolean; delayMs: number };

// The wait for an attempt on an account with `failures` recent failures from all addresses together.
export function attackDelayMs(failures: number): number {
  const over = failures - throttleLimits.accountUnderAttack + 1;
  return over > 0 ? Math.min(over * throttleLimits.delayStepMs, throttleLimits.maxDelayMs) : 0;
}

// Counts the recent failures of this account, this address, and the two together, in one query.
export async function throttleVerdict(db: Db, email: string, ip: string): Promise<ThrottleVerdict> {
  const [n] = await queryRows<{ account: number; address: number; pair: number }>(
    db,
    sql`SELECT count(*) FILTER (WHERE email = ${email})::int AS account,
               count(*) FILTER (WHERE ip = ${ip})::int AS address,
               count(*) FILTER (WHERE email = ${email} AND ip = ${ip})::int AS pair
          FROM ${loginAttempts}
         WHERE NOT success AND at > now() - make_interval(mins => ${throttleLimits.windowMinutes}) AND (email = ${email} OR ip = ${ip})`,
  );
  const refused = n.pair >= throttleLimits.perAccountAndAddress || n.address >= throttleLimits.perAddress;
  return { refused, delayMs: refused ? 0 : attackDelayMs(n.account) };
}

// Records one sign-in attempt; a success clears the earlier failures of this account from this address only.
export async function recordAttempt(db: Db, email: string, ip: string, success: boolean): Promise<void> {
  await db.transaction(async (tx) => {
    if (success) {
      await tx.delete(loginAttempts).where(and(eq(loginAttempts.email, email), eq(loginAttempts.ip, ip), eq(loginAttempts.success, false)));
    }
    await tx.insert(loginAttempts).values({ email, ip, success });
  });
}
