import { verify } from '@node-rs/argon2';
import { sql } from 'drizzle-orm';
import { isValidIBAN } from 'ibantools';
import type { DbHandle } from '../connect';
import { queryRows } from '../rows';
import { users } from '../schema';
import { openTestDatabase } from '../testing';
import { demoPassword, seedDemo, seedScale } from './index';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await seedDemo(handle.db);
});
afterAll(() => handle.close());

describe('demo data', () => {
  it('has one demo account per role, all with the demo password', async () => {
    const rows = await handle.db.select().from(users);
    for (const [email, role] of [['admin@relatio.test', 'admin'], ['super@relatio.test', 'crm_super'], ['user@relatio.test', 'user']]) {
      const u = rows.find((r) => r.email === email)!;
      expect(u.role).toBe(role);
      expect(await verify(u.passwordHash, demoPassword)).toBe(true);
    }
  });

  it('has Dutch organisations with valid KvK numbers, IBANs and postcodes', async () => {
    const rows = await queryRows<{ kvk: string; iban: string | null; postcode: string }>(handle.db, sql`SELECT kvk_number AS kvk, iban, visit_postcode AS postcode FROM organisations`);
    expect(rows).toHaveLength(300);
    expect(rows.every((r) => /^\d{8}$/.test(r.kvk) && /^[1-9]\d{3} [A-Z]{2}$/.test(r.postcode))).toBe(true);
    expect(rows.filter((r) => r.iban).every((r) => isValidIBAN(r.iban!))).toBe(true);
  });

  it('keeps every subsegment under its segment', async () => {
    const [bad] = await queryRows<{ n: number }>(handle.db, sql`
      SELECT count(*)::int AS n FROM organisations o JOIN segments s ON s.id = o.subsegment_id WHERE s.parent_id IS DISTINCT FROM o.segment_id`);
    expect(bad.n).toBe(0);
  });

  it('gives some persons an employment history: a former job with an end date and a current one elsewhere', async () => {
    const rows = await queryRows<{ n: number }>(handle.db, sql`
      SELECT count(*)::int AS n FROM persons_in_organisation old JOIN persons_in_organisation cur
        ON cur.person_id = old.person_id AND cur.active AND NOT old.active AND old.end_date IS NOT NULL AND cur.organisation_id <> old.organisation_id`);
    expect(rows[0].n).toBeGreaterThan(100);
  });

  it("gives every demo user a work queue: overdue, today (one with a time), later, done, pinned notes, high priority", async () => {
    const { countDueToday } = await import('@/lib/activities/queue');
    const { getWorkQueue } = await import('@/lib/activities/queue');
    const active = await handle.db.select().from(users);
    for (const u of active.filter((x) => x.active)) {
      const groups = Object.fromEntries((await getWorkQueue(u.id, { kind: null, expand: null })).map((g) => [g.group, g]));
      for (const g of ['overdue', 'today', 'tomorrow', 'thisWeek', 'later', 'none']) expect({ user: u.email, g, some: groups[g].count > 0 }).toEqual({ user: u.email, g, some: true });
      expect(groups.today.rows.some((r) => r.dueHasTime)).toBe(true);
      expect(await countDueToday(u.id)).toBe(groups.overdue.count + groups.today.count);
    }
    const [mix] = await queryRows<{ done: number; pinned: number; high: number; pio: number; person: number }>(handle.db, sql`
      SELECT count(*) FILTER (WHERE done)::int AS done, count(*) FILTER (WHERE pinned AND kind = 'note')::int AS pinned,
             count(*) FILTER (WHERE priority = 'high')::int AS high, count(person_in_organisation_id)::int AS pio, count(person_id)::int AS person FROM activities`);
    expect(mix.done).toBeGreaterThan(50);
    expect(mix.pinned).toBeGreaterThanOrEqual(12);
    expect(Math.min(mix.high, mix.pio, mix.person)).toBeGreaterThan(10);
  });

  it('has birthdays in the coming week and jobs reaching a jubilee this month', async () => {
    const { getBirthdays, getJubilees } = await import('@/lib/celebrations/queries');
    expect((await getBirthdays()).total).toBeGreaterThanOrEqual(7);
    expect((await getJubilees()).rows.map((j) => j.years)).toEqual(expect.arrayContaining(['5', '10', '12½', '25']));
  });

  it('is the same for the same seed', async () => {
    const other = await openTestDatabase();
    await seedDemo(other.db);
    const names = (db: DbHandle['db']) => queryRows<{ name: string }>(db, sql`SELECT name FROM organisations ORDER BY id`);
    expect(await names(other.db)).toEqual(await names(handle.db));
    await other.close();
  });

  it('adds bulk data at scale: N organisations, 3N persons and 4N persons in organisation', async () => {
    const before = await queryRows<{ o: number; p: number; e: number }>(handle.db, sql`
      SELECT (SELECT count(*) FROM organisations)::int AS o, (SELECT count(*) FROM persons)::int AS p, (SELECT count(*) FROM persons_in_organisation)::int AS e`);
    await seedScale(handle.db, { organisations: before[0].o + 500 });
    const after = await queryRows<{ o: number; p: number; e: number }>(handle.db, sql`
      SELECT (SELECT count(*) FROM organisations)::int AS o, (SELECT count(*) FROM persons)::int AS p, (SELECT count(*) FROM persons_in_organisation)::int AS e`);
    expect([after[0].o - before[0].o, after[0].p - before[0].p, after[0].e - before[0].e]).toEqual([500, 1500, 2000]);
  });
});

describe('demo data validity', () => {
  it('has only VAT numbers that the organisation form accepts', async () => {
    const { normaliseVat } = await import('@/lib/validation/fields');
    const rows = await queryRows<{ vat: string }>(handle.db, sql`SELECT vat_number AS vat FROM organisations WHERE vat_number IS NOT NULL`);
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((r) => normaliseVat(r.vat) !== r.vat)).toEqual([]);
  });
});

describe('demo phone numbers', () => {
  it('are all valid E.164 numbers that the forms accept unchanged', async () => {
    const { normalisePhone } = await import('@/lib/validation/fields');
    const rows = await queryRows<{ phone: string }>(handle.db, sql`
      SELECT phone FROM organisations WHERE phone IS NOT NULL UNION ALL SELECT mobile FROM persons WHERE mobile IS NOT NULL
      UNION ALL SELECT phone FROM persons_in_organisation WHERE phone IS NOT NULL`);
    expect(rows.filter((r) => normalisePhone(r.phone, 'NL') !== r.phone)).toEqual([]);
  });
});
