import 'server-only';
import { cache } from 'react';
import { getDb } from '@/db';
import { choiceListEntries, segments, users } from '@/db/schema';

// Names of the small reference tables (users, segments, choice list entries) by id, read once per request.
export const getLookups = cache(async () => {
  const db = await getDb();
  const [u, s, e] = await Promise.all([
    db.select({ id: users.id, name: users.name, active: users.active }).from(users),
    db.select({ id: segments.id, name: segments.name }).from(segments),
    db.select({ id: choiceListEntries.id, label: choiceListEntries.label }).from(choiceListEntries),
  ]);
  return {
    users: new Map(u.map((r) => [r.id, r.name])),
    activeUsers: u.filter((r) => r.active).map((r) => ({ id: r.id, name: r.name })).sort((a, b) => a.name.localeCompare(b.name)),
    segments: new Map(s.map((r) => [r.id, r.name])),
    choices: new Map(e.map((r) => [r.id, r.label])),
  };
});

export type Lookups = Awaited<ReturnType<typeof getLookups>>;
