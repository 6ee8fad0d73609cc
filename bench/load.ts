import autocannon from 'autocannon';
import { Pool } from 'pg';
import { openDatabase } from '../db/connect';
import { seedScale } from '../db/seed';
import { organisationFormValues } from '../lib/organisations/form-values';
import { serverAction, signIn, startServer, stopServer, treeRssMb } from './server';
import { percentile } from './stats';

// npm run test:load [-- --duration s --scale n]: the production server on loopback under a mixed read/write load
// (lists, cards, pickers, dashboard, and creating organisations) at 8 and then 32 connections, for a bounded time
// each; prints req/s, p50/p95/p99, errors and the server's peak resident memory. Exits non-zero on errors.
const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const duration = flag('duration', 15);
const scale = flag('scale', 10000);
const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/relatio_load';
const port = Number(process.env.LOAD_PORT ?? 3950);
const base = `http://127.0.0.1:${port}`;

async function ensureDatabase() {
  const admin = new Pool({ connectionString: databaseUrl.replace(/\/[^/]+$/, '/postgres'), max: 1 });
  const name = new URL(databaseUrl).pathname.slice(1);
  if (!(await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const handle = await openDatabase({ url: databaseUrl });
  await seedScale(handle.db, { organisations: scale });
  await handle.close();
}

async function organisationIds(): Promise<number[]> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  const { rows } = await pool.query('SELECT id FROM organisations WHERE deleted_at IS NULL ORDER BY id LIMIT 200');
  await pool.end();
  return rows.map((r) => r.id);
}

// One connection's cycle of requests: mostly reads, one write (a new organisation through its server action).
function mix(cookie: string, ids: number[]): autocannon.Request[] {
  const create = serverAction('createOrganisationAction');
  const pick = () => ids[Math.floor(Math.random() * ids.length)];
  const get = (path: () => string): autocannon.Request => ({ method: 'GET', setupRequest: (req) => ({ ...req, path: path(), headers: { ...req.headers, cookie } }) });
  return [
    get(() => '/organisations'),
    get(() => `/organisations/${pick()}`),
    get(() => `/api/typeahead/organisations?q=${['ac', 'bouw', 'van', 'zorg'][Math.floor(Math.random() * 4)]}`),
    get(() => '/persons?sort=name'),
    get(() => '/'),
    {
      method: 'POST',
      setupRequest: (req) => ({
        ...req,
        path: create.page,
        headers: { ...req.headers, cookie, 'next-action': create.id, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', origin: base },
        body: JSON.stringify([{ ...organisationFormValues(), name: `Load ${Math.random().toString(36).slice(2, 10)} B.V.` }]),
      }),
    },
  ];
}

async function run(connections: number, cookie: string, ids: number[], serverPid: number) {
  const latencies: number[] = [];
  let peakRss = treeRssMb(serverPid);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRssMb(serverPid))), 500);
  const result = await autocannon({
    url: base,
    connections,
    duration,
    requests: mix(cookie, ids),
    setupClient: (client) => client.on('response', (_s: number, _b: number, time: number) => latencies.push(time)),
  });
  clearInterval(sampler);
  return {
    connections,
    requests: result.requests.total,
    reqPerSec: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    peakRssMb: peakRss,
  };
}

async function main() {
  await ensureDatabase();
  const ids = await organisationIds();
  const server = await startServer(databaseUrl, port);
  const rows = [];
  try {
    const cookie = await signIn(base);
    await autocannon({ url: base, connections: 4, duration: 3, requests: mix(cookie, ids) });
    for (const connections of [8, 32]) rows.push(await run(connections, cookie, ids, server.pid!));
  } finally {
    stopServer(server);
  }
  const f = (n: number) => n.toFixed(1);
  console.log(`\nmixed read/write load, ${duration} s per step, ${scale} organisations, on loopback`);
  console.log('connections'.padEnd(12) + 'req'.padStart(7) + 'req/s'.padStart(8) + 'p50'.padStart(8) + 'p95'.padStart(8) + 'p99'.padStart(8) + 'errors'.padStart(8) + 'non-2xx'.padStart(9) + '  peak RSS');
  for (const r of rows) {
    console.log(String(r.connections).padEnd(12) + String(r.requests).padStart(7) + f(r.reqPerSec).padStart(8) + f(r.p50).padStart(8) + f(r.p95).padStart(8) + f(r.p99).padStart(8) + String(r.errors).padStart(8) + String(r.non2xx).padStart(9) + `  ${f(r.peakRssMb)} MB`);
  }
  if (rows.some((r) => r.errors > 0 || r.non2xx > 0)) process.exit(1);
}

main().catch((error) => {
  console.error(`load: ${(error as Error).message}`);
  process.exit(1);
});
