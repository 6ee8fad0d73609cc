import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SessionUser } from './authorize';

// The request header in which the proxy hands the checked user of this request to pages, actions and route handlers.
export const sessionHeader = 'x-relatio-session';

const lifetimeMs = 60_000;

function signature(payload: string): Buffer {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error('NEXTAUTH_SECRET is not set');
  return createHmac('sha256', `relatio-session-header:${secret}`).update(payload).digest();
}

// Seals the checked user into a header value: base64url JSON plus an HMAC, valid for a minute.
export function sealSessionUser(user: SessionUser, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ ...user, until: now + lifetimeMs })).toString('base64url');
  return `${payload}.${signature(payload).toString('base64url')}`;
}

// Opens a header value sealed by sealSessionUser; null when it is missing, forged or stale.
export function openSessionUser(value: string | null | undefined, now = Date.now()): SessionUser | null {
  if (!value) return null;
  const [payload, mac] = value.split('.');
  if (!payload || !mac) return null;
  const given = Buffer.from(mac, 'base64url');
  const expected = signature(payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const { until, ...user } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as SessionUser & { until: number };
    return typeof until === 'number' && until > now && Number.isInteger(user.id) ? user : null;
  } catch {
    return null;
  }
}
