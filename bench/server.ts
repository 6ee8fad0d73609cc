import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build, buildIsStale } from '../scripts/build';

// Helpers of the load and fault scripts: the production server they start, signing in, server memory, action ids.

// Builds when the sources changed and starts the production server (scripts/serve.ts) on `port` against `databaseUrl`.
export async function startServer(databaseUrl: string, port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  if (buildIsStale() && !build()) throw new Error('build failed');
  const base = `http://127.0.0.1:${port}`;
  if (await fetch(`${base}/api/health`).then(() => true, () => false)) throw new Error(`port ${port} is already in use`);
  const child = spawn('npx', ['tsx', 'scripts/serve.ts'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: 'load-secret', NEXTAUTH_URL: base, PORT: String(port), LOG_LEVEL: 'fatal', ...env },
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 240; i++) {
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return child;
    await new Promise((r) => setTimeout(r, 500));
  }
  stopServer(child);
  throw new Error('server did not start');
}

// Stops a server started by startServer (its whole process group).
export function stopServer(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
}

// Signs in through next-auth's credentials endpoint and returns the session cookie.
export async function signIn(base: string, email = 'user@relatio.test', password = 'relatio-demo'): Promise<string> {
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
  if (!session) throw new Error('sign-in failed');
  return session;
}

// Resident memory (MB) of a process and all its descendants, read from /proc.
export function treeRssMb(rootPid: number): number {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // exited meanwhile
    }
  }
  const tree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let kb = 0;
  for (const pid of tree) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // exited meanwhile
    }
  }
  return kb / 1024;
}

// The id of a server action in the production build, and a page it is registered for (one without a dynamic
// segment when there is one), so that Next runs it without forwarding it to another worker.
export function serverAction(name: string): { id: string; page: string } {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), '.next', 'server', 'server-reference-manifest.json'), 'utf8'));
  for (const [id, entry] of Object.entries(manifest.node as Record<string, { exportedName: string; workers: Record<string, unknown> }>)) {
    if (entry.exportedName !== name) continue;
    const pages = Object.keys(entry.workers).map((w) => w.replace(/^app/, '').replace(/\/page$/, '').replace(/\/\([^)]+\)/g, ''));
    return { id, page: pages.find((p) => !p.includes('[')) ?? pages[0] };
  }
  throw new Error(`no server action ${name} in the build`);
}
