import { Pool } from 'pg';
import { openDatabase } from '../db/connect';
import { seedDemo } from '../db/seed';
import { createCluster, type Cluster } from './cluster';
import { signIn, startServer, stopServer } from './server';

// npm run test:fault: starts a PostgreSQL cluster of its own, the production server on it, and a steady load of
// page and API requests; then restarts PostgreSQL, and later stops it for a while and starts it again. Reports, per
// fault, the failed requests (5xx other than the 503 "database unreachable" answer, or no answer), the 503s, the
// time from PostgreSQL being back to the first good page, and any request that took over 10 s.
const pgPort = Number(process.env.FAULT_PG_PORT ?? 55432 + Math.floor(Math.random() * 500));
const port = Number(process.env.FAULT_PORT ?? 3960);
const base = `http://127.0.0.1:${port}`;
const outageSeconds = Number(process.env.FAULT_OUTAGE ?? 10);
const paths = ['/organisations', '/api/typeahead/organisations?q=ac', '/persons', '/'];

type Sample = { at: number; ms: number; status: number };
const samples: Sample[] = [];
let running = true;

async function worker(cookie: string, n: number) {
  for (let i = n; running; i++) {
    const at = Date.now();
    const status = await fetch(`${base}${paths[i % paths.length]}`, { headers: { cookie }, redirect: 'manual', signal: AbortSignal.timeout(30_000) }).then(
      async (r) => (await r.arrayBuffer(), r.status),
      () => 0,
    );
    samples.push({ at, ms: Date.now() - at, status });
  }
}

const sleep = (s: number) => new Promise((r) => setTimeout(r, s * 1000));

// What happened to the requests sent from `from` on, once PostgreSQL was back at `back`.
function report(name: string, from: number, back: number, to: number) {
  const during = samples.filter((s) => s.at >= from && s.at < to);
  const failed = during.filter((s) => s.status === 0 || (s.status >= 500 && s.status !== 503)).length;
  const unavailable = during.filter((s) => s.status === 503).length;
  const firstGood = samples.find((s) => s.at + s.ms >= back && s.status === 200);
  const slow = during.filter((s) => s.ms > 10_000).length;
  const recovery = firstGood ? ((firstGood.at + firstGood.ms - back) / 1000).toFixed(2) : 'never';
  console.log(`${name.padEnd(26)}${String(during.length).padStart(9)}${String(failed).padStart(8)}${String(unavailable).padStart(6)}${`${recovery} s`.padStart(11)}${String(slow).padStart(8)}`);
  return failed === 0 && slow === 0 && firstGood !== undefined;
}

async function main() {
  let cluster: Cluster | undefined;
  let server;
  try {
    cluster = createCluster(pgPort);
    const admin = new Pool({ connectionString: cluster.url('postgres'), max: 1 });
    await admin.query('CREATE DATABASE relatio');
    await admin.end();
    const handle = await openDatabase({ url: cluster.url('relatio') });
    await seedDemo(handle.db);
    await handle.close();
    server = await startServer(cluster.url('relatio'), port);
    const cookie = await signIn(base);
    const load = Promise.all(Array.from({ length: 8 }, (_, n) => worker(cookie, n)));
    await sleep(5);
    const restartAt = Date.now();
    cluster.restart();
    const restartedAt = Date.now();
    await sleep(8);
    const stopAt = Date.now();
    cluster.stop();
    await sleep(outageSeconds);
    cluster.start();
    const startedAt = Date.now();
    await sleep(8);
    running = false;
    await load;
    console.log(`\nPostgreSQL on its own port ${pgPort}; 8 clients in a loop over ${paths.join(', ')}`);
    console.log('fault'.padEnd(26) + 'requests'.padStart(9) + 'failed'.padStart(8) + '503'.padStart(6) + 'recovered'.padStart(11) + '  >10 s');
    const ok = [report('restart', restartAt, restartedAt, stopAt), report(`stopped ${outageSeconds} s, started`, stopAt, startedAt, Date.now())];
    console.log(`(${restartedAt - restartAt} ms for pg_ctl restart)`);
    if (!ok.every(Boolean)) process.exitCode = 1;
  } finally {
    running = false;
    if (server) stopServer(server);
    cluster?.remove();
  }
}

main().catch((error) => {
  console.error(`fault: ${(error as Error).message}`);
  process.exit(1);
});
