import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { openDatabase } from '../db/connect';
import { seedScale } from '../db/seed';
import { build, buildIsStale } from '../scripts/build';
import { serverProcesses } from '../scripts/serve';
import { queryScenarios } from './query-scenarios';
import { scenarios as listScenarios, type Prepared } from './scenarios';
import { percentile } from './stats';
import { runWrites, writeScenarios, type WriteRow } from './writes';

const scenarios = [...listScenarios, ...queryScenarios];

// npm run bench [-- scenario …] [--duration s] [--connections n] [--scale n]
// Drives the production server on loopback with autocannon and compares with the raw SQL floor; the write
// scenarios (bench/writes.ts) run on the database alone.
const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const duration = flag('duration', 10);
const connections = flag('connections', 8);
const scale = flag('scale', 100000);
const picked = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/relatio_bench';
const port = Number(process.env.BENCH_PORT ?? 3900);
const base = `http://127.0.0.1:${port}`;

async function ensureDatabase() {
  const admin = new Pool({ connectionString: databaseUrl.replace(/\/[^/]+$/, '/postgres'), max: 1 });
  const name = new URL(databaseUrl).pathname.slice(1);
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (!rowCount) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const handle = await openDatabase({ url: databaseUrl });
  const t0 = Date.now();
  await seedScale(handle.db, { organisations: scale, log: (s: string) => console.log(`  seed: ${s}`) });
  console.log(`database ready (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  await handle.close();
}

async function startServer(): Promise<ChildProcess> {
  if (buildIsStale() && !build()) throw new Error('build failed');
  const answered = await fetch(`${base}/api/health`).then(() => true, () => false);
  if (answered) throw new Error(`port ${port} is already in use: stop that server or set BENCH_PORT`);
  const env = { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: 'bench-secret', NEXTAUTH_URL: base, PORT: String(port) };
  const child = spawn('npx', ['tsx', 'scripts/serve.ts'], { env, stdio: 'ignore', detached: true });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return child;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}

async function signIn(email = 'user@relatio.test', password = 'relatio-demo'): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = (csrfRes.headers.getSetCookie() ?? []).map((c) => c.split(';')[0]);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const session = (res.headers.getSetCookie() ?? []).map((c) => c.split(';')[0]).find((c) => c.includes('session-token'));
  if (!session) throw new Error('bench sign-in failed');
  return session;
}

async function drive(path: string, cookie: string, seconds = duration) {
  const latencies: number[] = [];
  const result = await autocannon({
    url: `${base}${path}`,
    connections,
    duration: seconds,
    headers: { cookie },
    setupClient: (client) => client.on('response', (_status: number, _bytes: number, time: number) => latencies.push(time)),
  });
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), requests: result.requests.total, non2xx: result.non2xx, errors: result.errors };
}

async function floor(queries: Prepared['floor'], pool: Pool) {
  const latencies: number[] = [];
  const until = Date.now() + Math.min(duration, 5) * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        const t0 = performance.now();
        for (const q of queries) await pool.query(q.text, q.values as unknown[]);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

// The page scenarios: the server started, signed in, each driven and compared with its floor.
async function runPages(chosen: typeof scenarios) {
  const server = await startServer();
  const pool = new Pool({ connectionString: databaseUrl, max: connections });
  const rows = [];
  try {
    const cookie = await signIn();
    const { rows: me } = await pool.query("SELECT id FROM users WHERE email = 'user@relatio.test'");
    for (const s of chosen) {
      const prepared = await s.prepare(pool, me[0].id);
      await drive(prepared.path, cookie, 3); // warm-up of the route and the caches
      const app = await drive(prepared.path, cookie);
      const raw = await floor(prepared.floor, pool);
      rows.push({ scenario: s.name, path: prepared.path, ...app, floorP50: raw.p50, floorP95: raw.p95, ratio: app.p95 / raw.p95, target: s.target ?? null });
    }
  } finally {
    await pool.end();
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // gone
    }
  }
  return rows;
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');

function printWrites(writes: WriteRow[]) {
  console.log('\nwrites, on the database in transactions rolled back; floor: the same statements straight on pg;');
  console.log('bare: the plain UPDATE of the same change, without locks, history or batch');
  console.log('scenario'.padEnd(28) + 'runs'.padStart(5) + 'p50'.padStart(10) + 'max'.padStart(10) + 'floor p50'.padStart(11) + 'ratio'.padStart(7) + 'goal'.padStart(8) + 'bare p50'.padStart(10) + '  result');
  for (const w of writes) {
    const result = Object.entries(w.result).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(w.scenario.padEnd(28) + String(w.runs).padStart(5) + fmt(w.p50).padStart(10) + fmt(w.max).padStart(10) + fmt(w.floorP50).padStart(11) + fmt(w.ratio).padStart(7) + `<${w.target.p50}`.padStart(8) + fmt(w.referenceP50 ?? NaN).padStart(10) + `  ${result}`);
  }
}

async function main() {
  const pick = <T extends { name: string }>(list: T[]) => (picked.length ? list.filter((s) => picked.includes(s.name)) : list);
  const [chosen, chosenWrites] = [pick(scenarios), pick(writeScenarios)];
  if (chosen.length + chosenWrites.length === 0) {
    throw new Error(`unknown scenario; choose from ${[...scenarios, ...writeScenarios].map((s) => s.name).join(', ')}`);
  }
  await ensureDatabase();
  const rows = chosen.length ? await runPages(chosen) : [];
  const writes = chosenWrites.length ? await runWrites(databaseUrl, chosenWrites) : [];
  const processes = serverProcesses({ ...process.env, DATABASE_URL: databaseUrl });
  if (rows.length) {
    console.log(`\n${connections} connections, ${duration} s per scenario, ${scale} organisations, ${processes} server processes`);
    console.log('scenario'.padEnd(28) + 'req'.padStart(7) + 'p50'.padStart(8) + 'p95'.padStart(8) + 'floor p95'.padStart(11) + 'ratio'.padStart(8) + '  non-2xx');
    for (const r of rows) {
      console.log(r.scenario.padEnd(28) + String(r.requests).padStart(7) + fmt(r.p50).padStart(8) + fmt(r.p95).padStart(8) + fmt(r.floorP95).padStart(11) + fmt(r.ratio).padStart(8) + `  ${r.non2xx}`);
    }
  }
  if (writes.length) printWrites(writes);
  const out = path.join(__dirname, 'results', 'latest.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), connections, duration, scale, processes, rows, writes }, null, 2));
  console.log(`\nwritten to ${path.relative(process.cwd(), out)}`);
}

main().catch((error) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exit(1);
});
