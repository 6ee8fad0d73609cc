import { openDatabase } from '../db/connect';
import { defaultSeed, isEmpty, seedDemo, seedScale } from '../db/seed';

// npm run db:seed [-- --scale N] [--seed N] [--force]
// Demo data on an empty database, or N organisations (3N persons, 4N persons in organisation) for the benchmark.
async function main() {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : undefined;
  };
  const scale = value('scale');
  const seed = value('seed') ?? defaultSeed;
  let handle;
  try {
    handle = await openDatabase();
  } catch (error) {
    console.error(`Relatio: ${(error as Error).message}`);
    process.exit(1);
  }
  const t0 = Date.now();
  const log = (s: string) => console.log(`  ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${s}`);
  try {
    if (scale) {
      await seedScale(handle.db, { organisations: scale, seed, log });
    } else if (!(await isEmpty(handle.db)) && !args.includes('--force')) {
      console.log('Relatio: the database already has data; nothing seeded (use --force to add the demo data anyway).');
    } else {
      await seedDemo(handle.db, { seed, log });
    }
    console.log(`Relatio: seeding done in ${((Date.now() - t0) / 1000).toFixed(1)} s (${handle.driver}).`);
  } catch (error) {
    console.error(`Relatio: seeding failed: ${((error as Error & { cause?: Error }).cause ?? (error as Error)).message}`);
    process.exitCode = 1;
  } finally {
    await handle.close();
  }
}

main();
