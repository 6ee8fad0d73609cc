import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pgliteDir } from '../db/connect';

// The NEXTAUTH_SECRET to run with: the environment's, or — on the embedded database only — one generated
// once and kept in the data directory. With DATABASE_URL and no secret, returns null (the caller stops).
export function resolveAuthSecret(): string | null {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (process.env.DATABASE_URL) return null;
  const file = path.join(pgliteDir(), 'relatio-nextauth-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

// A fingerprint of everything the production build depends on, to know when to build again.
export function sourceFingerprint(root = process.cwd()): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!entry.name.endsWith('.test.ts')) {
        const st = fs.statSync(full);
        parts.push(`${path.relative(root, full)}:${st.size}:${Math.floor(st.mtimeMs)}`);
      }
    }
  };
  for (const dir of ['app', 'components', 'lib', 'db/schema', 'public']) walk(path.join(root, dir));
  for (const file of ['next.config.js', 'proxy.ts', 'package.json', 'postcss.config.mjs', 'tsconfig.json']) {
    const full = path.join(root, file);
    if (fs.existsSync(full)) parts.push(`${file}:${fs.statSync(full).size}:${Math.floor(fs.statSync(full).mtimeMs)}`);
  }
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}

export const fingerprintFile = path.join(process.cwd(), '.next', 'relatio-source-fingerprint');
