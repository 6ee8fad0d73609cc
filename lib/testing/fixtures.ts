import { users, type Role } from '@/db/schema';
import type { Db } from '@/db';
import type { SessionUser } from '@/lib/auth/authorize';

// Inserts a user straight into the database (with a throwaway hash) and returns them as a session user.
export async function makeUser(db: Db, role: Role, email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.test`): Promise<SessionUser> {
  const [u] = await db
    .insert(users)
    .values({ name: `Test ${role}`, email, role, passwordHash: 'x' })
    .returning();
  return { id: u.id, name: u.name, email: u.email, role: u.role, locale: null };
}
