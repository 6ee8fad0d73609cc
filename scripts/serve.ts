import cluster from 'node:cluster';
import os from 'node:os';
import path from 'node:path';

// How many server processes to run: one on the embedded database (PGlite allows a single process), else
// WEB_CONCURRENCY or one per CPU. The processes share the port; nothing is kept in process memory.
export function serverProcesses(env: Record<string, string | undefined> = process.env): number {
  if (!env.DATABASE_URL) return 1;
  const wanted = Number(env.WEB_CONCURRENCY);
  return Number.isInteger(wanted) && wanted >= 1 ? wanted : os.availableParallelism();
}

// Serves the production build on PORT with serverProcesses() processes; a process that dies is replaced.
export function serve(env: NodeJS.ProcessEnv = process.env) {
  const count = serverProcesses(env);
  const port = env.PORT || '3000';
  cluster.setupPrimary({ exec: path.join(__dirname, 'serve-worker.js'), execArgv: [] });
  let stopping = false;
  let ready = 0;
  const fork = () =>
    cluster.fork(env).on('message', (m: { ready?: boolean }) => {
      if (m?.ready && ++ready === count) console.log(`Relatio: ready on http://localhost:${port} (${count} server process${count > 1 ? 'es' : ''})`);
    });
  for (let i = 0; i < count; i++) fork();
  cluster.on('exit', (worker, code) => {
    if (stopping) return;
    if (ready < count) {
      console.error('Relatio: a server process stopped while starting; stopping.');
      process.exit(code || 1);
    }
    console.error(`Relatio: server process ${worker.process.pid} stopped (${code}); starting another.`);
    fork();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill(signal);
      setTimeout(() => process.exit(0), 5000).unref();
      cluster.on('exit', () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0));
    });
  }
}

if (require.main === module) serve();
