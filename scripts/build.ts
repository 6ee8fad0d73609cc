import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { fingerprintFile, sourceFingerprint } from './env';

// npm run build — the production build, remembered so that `npm start` does not build twice.
export function build(): boolean {
  const fingerprint = sourceFingerprint();
  const result = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) return false;
  fs.writeFileSync(fingerprintFile, fingerprint);
  return true;
}

// Whether the production build is missing or older than the sources.
export function buildIsStale(): boolean {
  return !fs.existsSync(fingerprintFile) || fs.readFileSync(fingerprintFile, 'utf8') !== sourceFingerprint();
}

if (require.main === module) process.exit(build() ? 0 : 1);
