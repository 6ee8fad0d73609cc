import { openDatabase, type Db, type DbHandle } from './connect';

export type { Db, Tx } from './connect';

// One handle per server process; kept on globalThis so development reloads do not open a second PGlite.
const holder = globalThis as unknown as { __relatioDb?: Promise<DbHandle> };

// The one database client of the app: node-postgres with DATABASE_URL, PGlite otherwise.
export async function getDb(): Promise<Db> {
  holder.__relatioDb ??= openDatabase().catch((error) => {
    holder.__relatioDb = undefined;
    throw error;
  });
  return (await holder.__relatioDb).db;
}

// Which driver the app runs on.
export async function getDriver(): Promise<DbHandle['driver']> {
  await getDb();
  return (await holder.__relatioDb!).driver;
}

// Points the app at a database opened elsewhere (tests open a fresh one per file).
export function adoptDatabase(handle: DbHandle): void {
  holder.__relatioDb = Promise.resolve(handle);
}

// Closes the app's database handle, if one was opened.
export async function closeDb(): Promise<void> {
  const pending = holder.__relatioDb;
  holder.__relatioDb = undefined;
  if (pending) await (await pending).close();
}
