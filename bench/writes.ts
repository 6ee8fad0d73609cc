import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import type { Db, Tx } from '../db/connect';
import * as schema from '../db/schema';
import { organisations } from '../db/schema';
import { updateEach, updateMatching } from '../lib/mutation/bulk';
import type { MutationContext } from '../lib/mutation/context';
import type { FloorQuery } from './scenarios';
import { percentile } from './stats';

// Database-level scenarios of the set-based writers (no HTTP): each run happens in a transaction that is rolled back,
// so the bench data stays as seeded; the floor replays the very statements the writer sent, straight on pg.
export type WriteScenario = {
  name: string;
  description: string;
  // Goal for the writer's median time in ms.
  target: { p50: number };
  runs: number;
  // SQL run inside the transaction before the clock starts (the same for the writer and its floor).
  setup?: string;
  // Tables whose dead rows are vacuumed away before each run, so runs do not slow each other down.
  tables: string[];
  // For comparison: the bare SQL of the same change without history, locks or batch (after the setup).
  reference?: string;
  // What the run needs, read once before the runs (the ids and versions a grid would hold).
  prepare?: (pool: Pool) => Promise<unknown>;
  run: (tx: Tx, ctx: MutationContext, input: unknown) => Promise<Record<string, unknown>>;
};

// Ids no seeded row has, for rows the setup adds and the rollback takes away again.
const benchId = 2_000_000_000;

export const writeScenarios: WriteScenario[] = [
  {
    name: 'update-matching-100k',
    description: 'updateMatching: a new status on every live organisation (~100k), with one history entry each and a batch',
    target: { p50: 10_000 },
    runs: 3,
    setup: `INSERT INTO choice_list_entries (id, choice_list_id, label) OVERRIDING SYSTEM VALUE
      SELECT ${benchId}, id, 'Bench' FROM choice_lists WHERE key = 'status'`,
    tables: ['organisations', 'audit_log', 'bulk_jobs', 'choice_list_entries'],
    reference: `UPDATE organisations SET status_id = ${benchId}, version = version + 1, updated_at = now() WHERE deleted_at IS NULL`,
    run: (tx, ctx) =>
      updateMatching(tx, ctx, organisations, { from: sql`organisations r`, where: sql`r.deleted_at IS NULL` }, { statusId: benchId }, { kind: 'set_status' }),
  },
  {
    name: 'update-each-200',
    description: 'updateEach: 200 organisations as a grid saves them (two field sets), with history, in a batch',
    target: { p50: 300 },
    runs: 20,
    setup: `INSERT INTO bulk_jobs (id, kind, list, created_by) OVERRIDING SYSTEM VALUE
      SELECT ${benchId}, 'bench', 'organisations', id FROM users WHERE email = 'user@relatio.test'`,
    tables: ['organisations', 'audit_log'],
    prepare: async (pool) => (await pool.query('SELECT id, version FROM organisations WHERE deleted_at IS NULL ORDER BY id LIMIT 200 OFFSET 5000')).rows,
    run: async (tx, ctx, input) => {
      const patches = (input as { id: number; version: number }[]).map((r, i) => ({
        id: r.id, version: r.version, patch: i % 2 ? { description: `Bench ${i}`, active: false } : { visitCity: `Bench ${i}`, phone: '+31201234567' },
      }));
      const result = await updateEach(tx, ctx, organisations, patches, { action: 'bulk_update', batchId: benchId });
      return { changed: result.rows.length };
    },
  },
];

// One line of the writes table.
export type WriteRow = {
  scenario: string;
  runs: number;
  p50: number;
  max: number;
  floorP50: number;
  ratio: number;
  referenceP50: number | null;
  target: { p50: number };
  result: Record<string, unknown>;
};

const rollback = new Error('rollback');

async function vacuum(pool: Pool, tables: string[]) {
  await pool.query(`VACUUM (ANALYZE) ${tables.join(', ')}`);
}

// Times statements straight on pg, each run in a transaction rolled back after the scenario's setup.
async function replay(pool: Pool, s: WriteScenario, statements: FloorQuery[]): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < s.runs; i++) {
    await vacuum(pool, s.tables);
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      if (s.setup) await client.query(s.setup);
      const t0 = performance.now();
      for (const q of statements) await client.query(q.text, q.values as unknown[]);
      times.push(performance.now() - t0);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  }
  return times;
}

// Runs the chosen write scenarios on the database (one warm-up run each, not counted), then their floors.
export async function runWrites(databaseUrl: string, chosen: WriteScenario[]): Promise<WriteRow[]> {
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  let captured: FloorQuery[] | null = null;
  const logger = { logQuery: (text: string, values: unknown[]) => captured?.push({ text, values }) };
  const db = drizzle(pool, { schema, logger }) as unknown as Db;
  const out: WriteRow[] = [];
  try {
    const { rows } = await pool.query("SELECT id, name, email, role FROM users WHERE email = 'user@relatio.test'");
    const ctx: MutationContext = { user: { ...rows[0], locale: null } };
    for (const s of chosen) {
      const app: number[] = [];
      let statements: FloorQuery[] = [];
      let result: Record<string, unknown> = {};
      const input = await s.prepare?.(pool);
      for (let i = 0; i <= s.runs; i++) {
        await vacuum(pool, s.tables);
        await db
          .transaction(async (tx) => {
            if (s.setup) await tx.execute(sql.raw(s.setup));
            captured = [];
            const t0 = performance.now();
            result = await s.run(tx, ctx, input);
            if (i > 0) app.push(performance.now() - t0);
            statements = captured;
            captured = null;
            throw rollback;
          })
          .catch((error) => {
            if (error !== rollback) throw error;
          });
      }
      const floor = await replay(pool, s, statements);
      const reference = s.reference ? await replay(pool, s, [{ text: s.reference }]) : [];
      const p50 = percentile(app, 50);
      const floorP50 = percentile(floor, 50);
      out.push({ scenario: s.name, runs: s.runs, p50, max: Math.max(...app), floorP50, ratio: p50 / floorP50, referenceP50: reference.length ? percentile(reference, 50) : null, target: s.target, result });
    }
    await vacuum(pool, [...new Set(chosen.flatMap((s) => s.tables))]);
  } finally {
    await pool.end();
  }
  return out;
}
