import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// A throw-away PostgreSQL cluster of its own (initdb into a temporary folder, its own port, trust auth on
// 127.0.0.1), with Debian's server binaries; never the shared server on 5432. Run as root, it runs as `postgres`.
export type Cluster = { url: (db: string) => string; port: number; start: () => void; stop: () => void; restart: () => void; remove: () => void };

function binaries(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb'))) : [];
  if (!versions.length) throw new Error('no PostgreSQL server binaries in /usr/lib/postgresql/*/bin (Debian package postgresql)');
  return path.join(root, versions.sort((a, b) => Number(b) - Number(a))[0], 'bin');
}

// Creates and starts the cluster on `port`.
export function createCluster(port: number): Cluster {
  const bin = binaries();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relatio-pg-'));
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const run = (tool: string, toolArgs: string[]) =>
    execFileSync(asRoot ? 'runuser' : path.join(bin, tool), asRoot ? ['-u', 'postgres', '--', path.join(bin, tool), ...toolArgs] : toolArgs, { stdio: 'ignore' });
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const ctl = (...a: string[]) => run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-o', options, '-w', ...a]);
  ctl('start');
  return {
    port,
    url: (db) => `postgres://postgres@127.0.0.1:${port}/${db}`,
    start: () => ctl('start'),
    stop: () => ctl('stop', '-m', 'fast'),
    restart: () => ctl('restart', '-m', 'fast'),
    remove: () => {
      try {
        ctl('stop', '-m', 'immediate');
      } catch {
        // not running
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
