import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Starts `npm start` on a free port with an empty embedded database (or E2E_BASE_URL when given).
export default async function globalSetup() {
  if (process.env.E2E_BASE_URL) return;
  const port = process.env.E2E_PORT || String(3300 + Math.floor(Math.random() * 500));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relatio-e2e-'));
  const env = { ...process.env, PORT: port, PGLITE_DIR: path.join(dataDir, 'pglite'), NODE_ENV: 'production' } as NodeJS.ProcessEnv;
  delete env.DATABASE_URL;
  const log = fs.openSync(path.join(dataDir, 'server.log'), 'a');
  const child = spawn('npx', ['tsx', 'scripts/start.ts'], { env, stdio: ['ignore', log, log], detached: true });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${fs.readFileSync(path.join(dataDir, 'server.log'), 'utf8').slice(-2000)}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('server did not become healthy');
    await new Promise((r) => setTimeout(r, 1000));
  }
  process.env.E2E_BASE_URL = url;
  (globalThis as Record<string, unknown>).__relatioServer = { pid: child.pid, dataDir };
}
