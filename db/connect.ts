import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

// The Drizzle database, the same API on node-postgres and on PGlite.
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
// A transaction handle as passed to db.transaction callbacks.
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type Driver = 'postgres' | 'pglite';
export type DbHandle = { db: Db; driver: Driver; close: () => Promise<void> };

export const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

// Where the embedded database keeps its files when DATABASE_URL is not set.
export function pgliteDir(): string {
  return process.env.PGLITE_DIR || path.join(process.cwd(), '.data', 'pglite');
}

// A short, single-line description of a connection failure, without the stack trace.
export function describeConnectionError(error: unknown, url?: string): string {
  const e = error as { code?: string; message?: string };
  let where = 'the embedded database';
  if (url) {
    try {
      const u = new URL(url);
      where = `${u.hostname}:${u.port || 5432}${u.pathname}`;
    } catch {
      return 'DATABASE_URL is not a valid postgres:// URL';
    }
  }
  return `cannot use ${where}: ${e.code ? `${e.code} ` : ''}${(e.message ?? String(error)).split('\n')[0]}`;
}

async function openPostgres(url: string): Promise<DbHandle> {
  const { Pool } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const pool = new Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), connectionTimeoutMillis: 5000 });
  pool.on('error', () => undefined);
  const client = await pool.connect();
  client.release();
  const db = drizzle(pool, { schema }) as unknown as Db;
  return { db, driver: 'postgres', close: () => pool.end() };
}

async function openPglite(dataDir: string): Promise<DbHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { drizzle } = await import('drizzle-orm/pglite');
  if (!dataDir.startsWith('memory://')) fs.mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const db = drizzle(client, { schema }) as unknown as Db;
  return { db, driver: 'pglite', close: () => client.close() };
}

// Applies the committed migrations; on Postgres under an advisory lock so app instances can start together.
export async function migrate(handle: DbHandle): Promise<void> {
  if (handle.driver === 'pglite') {
    const { migrate: run } = await import('drizzle-orm/pglite/migrator');
    await run(handle.db as never, { migrationsFolder });
    return;
  }
  const { migrate: run } = await import('drizzle-orm/node-postgres/migrator');
  await handle.db.execute(sql`SELECT pg_advisory_lock(724101)`);
  try {
    await run(handle.db as never, { migrationsFolder });
  } finally {
    await handle.db.execute(sql`SELECT pg_advisory_unlock(724101)`);
  }
}

// Opens the database named by the environment (DATABASE_URL, else PGlite in PGLITE_DIR) and migrates it.
export async function openDatabase(opts: { url?: string; dataDir?: string } = {}): Promise<DbHandle> {
  const url = opts.url ?? process.env.DATABASE_URL;
  let handle: DbHandle;
  try {
    handle = url ? await openPostgres(url) : await openPglite(opts.dataDir ?? pgliteDir());
  } catch (error) {
    throw new Error(describeConnectionError(error, url));
  }
  await migrate(handle);
  return handle;
}
