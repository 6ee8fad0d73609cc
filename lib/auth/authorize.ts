import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { users, type Locale, type Role } from '@/db/schema';
import { verifyPassword } from './password';
import { isThrottled, recordAttempt } from './throttle';

// Who is signed in, as carried in the session token.
export type SessionUser = { id: number; name: string; email: string; role: Role; locale: Locale | null };

// Why a sign-in was refused; the login page shows a message per reason.
export type SignInRefusal = 'invalid' | 'throttled' | 'inactive';

// Checks credentials with throttling per account and per address; returns the user or the reason for refusal.
export async function authorizeCredentials(
  db: Db,
  rawEmail: string,
  password: string,
  ip: string,
): Promise<SessionUser | { refused: SignInRefusal }> {
  const email = rawEmail.trim().toLowerCase();
  if (!email || !password) return { refused: 'invalid' };
  if (await isThrottled(db, email, ip)) return { refused: 'throttled' };
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${email} AND ${users.deletedAt} IS NULL`);
  const ok = !!user && (await verifyPassword(user.passwordHash, password));
  await recordAttempt(db, email, ip, ok);
  if (!ok) return { refused: 'invalid' };
  if (!user.active) return { refused: 'inactive' };
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
  return { id: user.id, name: user.name, email: user.email, role: user.role, locale: user.locale };
}
