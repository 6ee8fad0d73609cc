import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { queryRows } from '@/db/rows';
import { birthdayKey } from '@/db/schema';
import { addDays, localDate } from '@/lib/activities/due';
import { displayName } from '@/lib/persons/names';
import { addMonths, ageOn, birthdayDays, birthdayWindow, jubileeDays, jubileeMonths, jubileeYears } from './dates';

// A person's birthday in the coming days: who, on which date, and the age they turn.
export type Birthday = { personId: number; name: string; date: string; age: number };

// A job that reaches a jubilee in the coming days: the person in organisation, on which date, and how many years.
export type Jubilee = { id: number; name: string; organisation: string; date: string; years: string };

// The first few of a list, and how many there are in all.
export type Some<T> = { rows: T[]; total: number };

type NameRow = { first_name: string | null; name_prefix: string | null; last_name: string; initials: string | null };
const nameOf = (r: NameRow) => displayName({ firstName: r.first_name, namePrefix: r.name_prefix, lastName: r.last_name, initials: r.initials });
const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

// Live, non-passive persons whose birthday falls in the next days (today included), soonest first; from the
// birthday index (month and day), so it does not read every person.
export async function getBirthdays(now = new Date(), limit = 8): Promise<Some<Birthday>> {
  const db = await getDb();
  const window = birthdayWindow(localDate(now), birthdayDays);
  const keys = sql.param(window.map((w) => w.key));
  const live = sql`p.deleted_at IS NULL AND p.date_of_birth IS NOT NULL AND NOT p.passive`;
  // Per day the first few by name (an index range each), and the count from the index alone.
  const [rows, [count]] = await Promise.all([
    queryRows<NameRow & { id: number; dob: unknown; on_date: unknown }>(db, sql`
      SELECT p.id, p.first_name, p.name_prefix, p.last_name, p.initials, p.date_of_birth AS dob, w.on_date
        FROM unnest(${keys}::int[], ${sql.param(window.map((w) => w.date))}::date[]) AS w(key, on_date)
        CROSS JOIN LATERAL (SELECT p.* FROM persons p WHERE ${birthdayKey} = w.key AND ${live} ORDER BY p.sort_name, p.id LIMIT ${limit}) p
       ORDER BY w.on_date, p.sort_name, p.id LIMIT ${limit}`),
    queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM persons p WHERE ${birthdayKey} = ANY(${keys}::int[]) AND ${live}`),
  ]);
  return { rows: rows.map((r) => ({ personId: r.id, name: nameOf(r), date: iso(r.on_date), age: ageOn(iso(r.dob), iso(r.on_date)) })), total: count?.n ?? 0 };
}

// Current jobs (active, live, not ended before the day) that reach 5, 10, 12½, 25 … years in the next days
// (today included), soonest first; each jubilee is a range of start dates on the start-date index.
export async function getJubilees(now = new Date(), limit = 8): Promise<Some<Jubilee>> {
  const db = await getDb();
  const from = localDate(now);
  const to = addDays(from, jubileeDays - 1);
  // One branch per jubilee with its range of start dates as values, so the planner sees how few rows each holds
  // (a few days' slack for month ends: 31 August + 6 months is 28 February); the exact day is checked after.
  const branches = jubileeMonths.map(
    (m) => sql`SELECT e.id, e.person_id, e.organisation_id, e.end_date, ${m}::int AS months, (e.start_date + make_interval(months => ${m}::int))::date AS on_date
                 FROM persons_in_organisation e
                WHERE e.deleted_at IS NULL AND e.active AND e.start_date BETWEEN ${addDays(addMonths(from, -m), -3)}::date AND ${addDays(addMonths(to, -m), 3)}::date`,
  );
  const rows = await queryRows<NameRow & { id: number; months: number; on_date: unknown; organisation: string; total: number }>(db, sql`
    SELECT j.id, j.months, j.on_date, p.first_name, p.name_prefix, p.last_name, p.initials, o.name AS organisation, count(*) OVER ()::int AS total
      FROM (${sql.join(branches, sql` UNION ALL `)}) j
      JOIN persons p ON p.id = j.person_id AND p.deleted_at IS NULL
      JOIN organisations o ON o.id = j.organisation_id AND o.deleted_at IS NULL
     WHERE j.on_date BETWEEN ${from}::date AND ${to}::date AND (j.end_date IS NULL OR j.end_date >= j.on_date)
     ORDER BY j.on_date, p.sort_name, j.id LIMIT ${limit}`);
  return {
    rows: rows.map((r) => ({ id: r.id, name: nameOf(r), organisation: r.organisation, date: iso(r.on_date), years: jubileeYears(r.months) })),
    total: rows[0]?.total ?? 0,
  };
}
