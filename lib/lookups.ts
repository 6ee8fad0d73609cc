import 'server-only';
import { cache } from 'react';
import { getDb } from '@/db';
import { choiceListEntries, segments, users } from '@/db/schema';

// Orders people's names the way a Dutch reader expects (case and accents aside, numbers by value).
export const compareNames = new Intl.Collator('nl', { sensitivity: 'base', numeric: true }).compare;

// Names of the small reference tables (users, segments, choice list entries) by id, and which segments and
// choice list entries were deactivated (records keep them and show them as such); read once per request.
export const getLookups = cache(async () => {
  const db = await getDb();
  const [u, s, e] = await Promise.all([
    db.select({ id: users.id, name: users.name, active: users.active }).from(users),
    db.select({ id: segments.id, name: segments.name, active: segments.active }).from(segments),
    db.select({ id: choiceListEntries.id, label: choiceListEntries.label, active: choiceListEntries.active }).from(choiceListEntries),
  ]);
  return {
    users: new Map(u.map((r) => [r.id, r.name])),
    activeUsers: u.filter((r) => r.active).map((r) => ({ id: r.id, name: r.name })).sort((a, b) => compareNames(a.name, b.name) || a.id - b.id),
    segments: new Map(s.map((r) => [r.id, r.name])),
    choices: new Map(e.map((r) => [r.id, r.label])),
    inactive: { segments: new Set(s.filter((r) => !r.active).map((r) => r.id)), choices: new Set(e.filter((r) => !r.active).map((r) => r.id)) },
  };
});

export type Lookups = Awaited<ReturnType<typeof getLookups>>;
