import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { users, type Locale, type Role } from '@/db/schema';
import { hashPassword, verifyPassword } from './password';
import { recordAttempt, throttleVerdict } from './throttle';

// Who is signed in, as checked against the database for this request.
export type SessionUser = { id: number; name: string; email: string; role: Role; locale: Locale | null };

// Why a sign-in was refused; the login page shows a message per reason.
export type SignInRefusal = 'invalid' | 'throttled' | 'inactive';

let dummyHash: Promise<string> | undefined;

// A hash of a random password, checked when the e-mail address is unknown so that the answer takes as long.
function hashForUnknownUser(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(18).toString('base64'));
  return dummyHash;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Checks credentials with throttling (see throttle.ts); returns the user or the reason for refusal.
export async function authorizeCredentials(
  db: Db,
  rawEmail: string,
  password: string,
  ip: string,
  wait: (ms: number) => Promise<void> = sleep,
): Promise<SessionUser | { refused: SignInRefusal }> {
  const email = rawEmail.trim().toLowerCase();
  if (!email || !password) return { refused: 'invalid' };
  const verdict = await throttleVerdict(db, email, ip);
  if (verdict.refused) return { refused: 'throttled' };
  if (verdict.delayMs > 0) await wait(verdict.delayMs);
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${email} AND ${users.deletedAt} IS NULL`);
  const matches = await verifyPassword(user?.passwordHash ?? (await hashForUnknownUser()), password);
  const ok = !!user && matches;
  await recordAttempt(db, email, ip, ok);
  if (!ok) return { refused: 'invalid' };
  if (!user.active) return { refused: 'inactive' };
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
  return { id: user.id, name: user.name, email: user.email, role: user.role, locale: user.locale };
}
