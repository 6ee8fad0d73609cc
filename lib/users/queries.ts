import 'server-only';
import { asc, desc, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { users } from '@/db/schema';

// Every user for the admin list, active ones first.
export async function listUsers() {
  const db = await getDb();
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      active: users.active,
      lastLoginAt: users.lastLoginAt,
      version: users.version,
    })
    .from(users)
    .where(isNull(users.deletedAt))
    .orderBy(desc(users.active), asc(users.name));
}

export type UserListRow = Awaited<ReturnType<typeof listUsers>>[number];
