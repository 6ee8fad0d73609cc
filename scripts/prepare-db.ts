import { openDatabase } from '../db/connect';
import { isEmpty, seedDemo } from '../db/seed';

// Migrates the database and fills an empty one with the demo data; returns false (after one clear line) on failure.
export async function prepareDatabase(): Promise<boolean> {
  let handle;
  try {
    handle = await openDatabase();
  } catch (error) {
    console.error(`Relatio: ${(error as Error).message}`);
    return false;
  }
  try {
    if (await isEmpty(handle.db)) {
      const t0 = Date.now();
      await seedDemo(handle.db);
      console.log(`Relatio: empty database filled with demo data in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    return true;
  } catch (error) {
    console.error(`Relatio: preparing the database failed: ${(error as Error).message}`);
    return false;
  } finally {
    await handle.close();
  }
}
