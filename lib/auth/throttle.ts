import { and, count, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { loginAttempts } from '@/db/schema';

// Failed sign-ins allowed in the window before an account, or an address, has to wait.
export const throttleLimits = { perAccount: 5, perIp: 20, windowMinutes: 15 };

// Whether sign-in is currently blocked for this e-mail address or client address.
export async function isThrottled(db: Db, email: string, ip: string): Promise<boolean> {
  const since = sql`now() - make_interval(mins => ${throttleLimits.windowMinutes})`;
  const [byAccount] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.success, false), gt(loginAttempts.at, since)));
  if (byAccount.n >= throttleLimits.perAccount) return true;
  const [byIp] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.success, false), gt(loginAttempts.at, since)));
  return byIp.n >= throttleLimits.perIp;
}

// Records one sign-in attempt; a success clears the account's earlier failures.
export async function recordAttempt(db: Db, email: string, ip: string, success: boolean): Promise<void> {
  await db.transaction(async (tx) => {
    if (success) await tx.delete(loginAttempts).where(and(eq(loginAttempts.email, email), eq(loginAttempts.success, false)));
    await tx.insert(loginAttempts).values({ email, ip, success });
  });
}
