import { users, type Role } from '@/db/schema';
import type { Db } from '@/db';
import type { SessionUser } from '@/lib/auth/authorize';
import type { Lookups } from '@/lib/lookups';

// Inserts a user straight into the database (with a throwaway hash) and returns them as a session user.
export async function makeUser(db: Db, role: Role, email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.test`): Promise<SessionUser> {
  const [u] = await db
    .insert(users)
    .values({ name: `Test ${role}`, email, role, passwordHash: 'x' })
    .returning();
  return { id: u.id, name: u.name, email: u.email, role: u.role, locale: null };
}

// Reference names as getLookups returns them, without a database: users, segments and choice values by id.
export function lookupsOf(names: { users?: [number, string][]; segments?: [number, string][]; choices?: [number, string][] }): Lookups {
  return {
    users: new Map(names.users),
    activeUsers: (names.users ?? []).map(([id, name]) => ({ id, name })),
    segments: new Map(names.segments),
    choices: new Map(names.choices),
    inactive: { segments: new Set(), choices: new Set() },
  };
}
