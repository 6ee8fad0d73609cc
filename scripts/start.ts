import { spawn } from 'node:child_process';
import { build, buildIsStale } from './build';
import { resolveAuthSecret } from './env';
import { prepareDatabase } from './prepare-db';
import { serve } from './serve';

// npm start — migrate (and on an empty database, seed), build when the sources changed, then serve.
// With --dev, serves the development server instead of building; otherwise scripts/serve.ts serves the build.
async function main() {
  const dev = process.argv.includes('--dev');
  const port = process.env.PORT || '3000';
  const secret = resolveAuthSecret();
  if (!secret) {
    console.error('Relatio: NEXTAUTH_SECRET is required when DATABASE_URL is set (e.g. `openssl rand -base64 32`).');
    process.exit(1);
  }
  if (!(await prepareDatabase())) process.exit(1);
  if (!dev && buildIsStale()) {
    console.log('Relatio: building the production server (first start or changed sources)…');
    if (!build()) process.exit(1);
  }
  const env = {
    ...process.env,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  if (!dev) return serve(env);
  const child = spawn('npx', ['next', 'dev', '--turbopack', '-p', port], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

main();
