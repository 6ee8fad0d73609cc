import { createHash, randomBytes } from 'node:crypto';

// A new secret feed token: 32 random bytes, URL-safe.
export function newFeedToken(): string {
  return randomBytes(32).toString('base64url');
}

// What is stored of a token: its SHA-256, so the database never holds a working address.
export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// The token in a feed address (`…/api/calendar/<token>` or `<token>.ics`), or null when it cannot be one.
export function tokenFromPath(segment: string): string | null {
  const token = segment.replace(/\.ics$/i, '');
  return /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
}
