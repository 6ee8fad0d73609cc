import { randomBytes } from 'node:crypto';
import { openDatabase, type DbHandle } from './connect';
import { adoptDatabase } from './index';

// A fresh, migrated database for one test file: PGlite in memory, or a new database on the
// Postgres server of DATABASE_URL (dropped again on close).
export async function openTestDatabase(): Promise<DbHandle> {
  const url = process.env.DATABASE_URL;
  let handle: DbHandle;
  if (!url) {
    handle = await openDatabase({ dataDir: 'memory://' });
  } else {
    const { Client } = await import('pg');
    const name = `relatio_t_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const testUrl = new URL(url);
    testUrl.pathname = `/${name}`;
    const inner = await openDatabase({ url: testUrl.toString() });
    handle = {
      ...inner,
      close: async () => {
        await inner.close();
        const drop = new Client({ connectionString: url });
        await drop.connect();
        await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await drop.end();
      },
    };
  }
  adoptDatabase(handle);
  return handle;
}
