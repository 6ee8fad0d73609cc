import { openDatabase } from '../db/connect';

// npm run db:migrate — applies the committed migrations to DATABASE_URL or the embedded database.
async function main() {
  try {
    const handle = await openDatabase();
    await handle.close();
    console.log(`Relatio: migrations applied (${handle.driver}).`);
  } catch (error) {
    console.error(`Relatio: ${(error as Error).message}`);
    process.exit(1);
  }
}

main();
