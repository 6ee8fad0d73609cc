import { randomUUID } from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db';
import { sessions, users } from '@/db/schema';
import type { SessionUser } from './authorize';

// How long a session lasts after signing in (an absolute limit: it is not extended by use).
export const sessionHours = 12;

// Opens a session for a user who just signed in, clearing expired sessions; returns the id the token carries.
export async function startSession(db: Db, userId: number): Promise<string> {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(lt(sessions.expiresAt, sql`now()`));
    await tx.insert(sessions).values({ id, userId, expiresAt: sql`now() + make_interval(hours => ${sessionHours})` });
  });
  return id;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The user of a live session as stored now (role, name, language), or null when the session was ended,
// has expired, or its user was deactivated or deleted. One primary-key lookup joined to users.
export async function checkSession(db: Db, sessionId: unknown): Promise<SessionUser | null> {
  if (typeof sessionId !== 'string' || !uuidPattern.test(sessionId)) return null;
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, locale: users.locale })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, sql`now()`), eq(users.active, true), sql`${users.deletedAt} IS NULL`));
  return row ?? null;
}

// Ends one session (signing out).
export async function endSession(db: Db, sessionId: unknown): Promise<void> {
  if (typeof sessionId !== 'string' || !uuidPattern.test(sessionId)) return;
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

// Ends every session of a user (deactivation, a new password), in the caller's transaction.
export async function endSessionsOf(tx: Tx | Db, userId: number): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.userId, userId));
}
