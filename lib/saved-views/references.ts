import 'server-only';
import { isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { choiceListEntries, segments, users } from '@/db/schema';
import type { References } from './clean';

// The choice values, segments and users that exist now, for checking what a saved search names.
export async function getReferences(): Promise<References> {
  const db = await getDb();
  const [c, s, u] = await Promise.all([
    db.select({ id: choiceListEntries.id }).from(choiceListEntries).where(isNull(choiceListEntries.deletedAt)),
    db.select({ id: segments.id }).from(segments).where(isNull(segments.deletedAt)),
    db.select({ id: users.id }).from(users).where(isNull(users.deletedAt)),
  ]);
  return { choices: new Set(c.map((r) => r.id)), segments: new Set(s.map((r) => r.id)), users: new Set(u.map((r) => r.id)) };
}
