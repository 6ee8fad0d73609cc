import { count, eq, sql } from 'drizzle-orm';
import { queryRows } from '../rows';
import type { Db } from '../connect';
import { organisations, users } from '../schema';
import { seedActivities } from './activities';
import { seedCelebrations } from './moments';
import { buildPools } from './pools';
import { seedRecords } from './records';
import { seedReference, type Reference } from './reference';
import { choiceListEntries, choiceLists, segments } from '../schema';

export { demoPassword } from './reference';

// The seed value of the demo data.
export const defaultSeed = 20261123;

// Whether the database has no users yet (a fresh install).
export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return row.n === 0;
}

// The demo data: users (one per role), choice lists, segments, ~300 organisations with their people.
export async function seedDemo(db: Db, opts: { seed?: number; log?: (s: string) => void } = {}): Promise<void> {
  const seed = opts.seed ?? defaultSeed;
  const ref = await seedReference(db);
  await seedRecords(db, ref, buildPools(seed, 800), { organisations: 300, persons: 600, personsInOrganisation: 800, activities: 200, deletedShare: 0.01, queuePerUser: 30 }, seed, opts.log);
  await seedCelebrations(db);
  await db.execute(sql`ANALYZE`);
}

async function existingReference(db: Db): Promise<Reference> {
  const us = await db.select({ id: users.id, role: users.role, active: users.active }).from(users);
  const entries = await db.select({ id: choiceListEntries.id, key: choiceLists.key }).from(choiceListEntries).innerJoin(choiceLists, eq(choiceLists.id, choiceListEntries.choiceListId));
  const segs = await db.select().from(segments);
  const tree = (org: boolean) =>
    segs
      .filter((s) => s.parentId === null && (org ? s.appliesToOrganisation : s.appliesToPersonInOrganisation))
      .map((m) => ({ id: m.id, subs: segs.filter((s) => s.parentId === m.id && (org ? s.appliesToOrganisation : s.appliesToPersonInOrganisation)).map((s) => s.id) }));
  const choices = {} as Reference['choices'];
  for (const e of entries) (choices[e.key as keyof Reference['choices']] ??= []).push(e.id);
  return {
    adminId: us.find((u) => u.role === 'admin')!.id,
    accountManagerIds: us.filter((u) => u.active).map((u) => u.id),
    choices,
    organisationSegments: tree(true),
    pioSegments: tree(false),
  };
}

// Runs a bulk load with the secondary indexes of the big tables dropped (trigram, filter and list sort indexes: all
// but those behind a constraint), then builds them again from their exact definitions: one index build is much
// faster than 100,000s of incremental inserts.
async function withoutSecondaryIndexes(db: Db, log: (s: string) => void, load: () => Promise<void>): Promise<void> {
  const indexes = await queryRows<{ name: string; def: string }>(db, sql`
    SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename IN ('organisations', 'persons', 'persons_in_organisation')
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`);
  for (const index of indexes) await db.execute(sql.raw(`DROP INDEX IF EXISTS "${index.name}"`));
  try {
    await load();
  } finally {
    await db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL maintenance_work_mem = '512MB'`);
      for (const index of indexes) await tx.execute(sql.raw(index.def));
    });
    log(`${indexes.length} indexes rebuilt`);
  }
}

// Open activities per account manager at scale: enough to fill every group of the work queue.
const scaleQueuePerUser = 1500;

// Brings a scale database seeded before the work queue existed up to its load: each active user's open work and one
// organisation with 200 activities (a no-op when the demo user already has a full queue).
async function loadQueues(db: Db, seed: number): Promise<number> {
  const [user] = await queryRows<{ n: number }>(db, sql`
    SELECT count(*)::int AS n FROM activities a JOIN users u ON u.id = a.assigned_to_id
     WHERE u.email = 'user@relatio.test' AND a.deleted_at IS NULL AND NOT a.done`);
  if (user.n >= scaleQueuePerUser / 2) return 0;
  const ids = (table: string) => queryRows<{ id: number }>(db, sql`SELECT id FROM ${sql.identifier(table)} WHERE deleted_at IS NULL ORDER BY id LIMIT 20000`).then((r) => r.map((x) => x.id));
  const [organisationIds, personIds, pioIds] = await Promise.all([ids('organisations'), ids('persons'), ids('persons_in_organisation')]);
  const active = await queryRows<{ id: number }>(db, sql`SELECT id FROM users WHERE active AND deleted_at IS NULL ORDER BY id`);
  const made = await seedActivities(db, { organisationIds, personIds, pioIds }, { history: 0, perUser: scaleQueuePerUser, userIds: active.map((u) => u.id), heavy: { organisationId: organisationIds[0], count: 200 } }, seed);
  await db.execute(sql`ANALYZE activities`);
  return made;
}

// Bulk data for the benchmark: N organisations, 3N persons and 4N persons in organisation (on top of the
// demo data, which it creates first on an empty database). Skips when the database already has N.
export async function seedScale(db: Db, opts: { organisations: number; seed?: number; log?: (s: string) => void }): Promise<boolean> {
  const log = opts.log ?? (() => undefined);
  if (await isEmpty(db)) await seedDemo(db, { seed: opts.seed, log });
  const [have] = await db.select({ n: count() }).from(organisations);
  if (have.n >= opts.organisations) {
    const added = await loadQueues(db, (opts.seed ?? defaultSeed) + 2);
    log(added ? `already ${have.n} organisations; ${added} activities added to the work queues` : `already ${have.n} organisations: nothing to do`);
    return added > 0;
  }
  const n = opts.organisations - have.n;
  const seed = (opts.seed ?? defaultSeed) + 1;
  const reference = await existingReference(db);
  await withoutSecondaryIndexes(db, log, () =>
    seedRecords(db, reference, buildPools(seed, 3000), { organisations: n, persons: 3 * n, personsInOrganisation: 4 * n, activities: Math.floor(n / 5), deletedShare: 0.002, queuePerUser: scaleQueuePerUser, heavyCard: 200 }, seed, log),
  );
  await db.execute(sql`VACUUM ANALYZE`);
  log('vacuum analyze');
  return true;
}
