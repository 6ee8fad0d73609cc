import { randomBytes } from 'node:crypto';

// A fresh, unguessable nonce for the scripts of one response.
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

// The Content-Security-Policy of a page: scripts only with this response's nonce (and what they load),
// no inline script otherwise; eval only for the development server's tooling.
export function contentSecurityPolicy({ nonce, dev = false, https = false }: { nonce: string; dev?: boolean; https?: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

// Strict-Transport-Security for responses served over https: two years, subdomains included.
export const strictTransportSecurity = 'max-age=63072000; includeSubDomains';

// Whether the app is served over https: its public address (NEXTAUTH_URL) says so, or this request came in that way.
export function servedOverHttps(protocol: string, publicUrl = process.env.NEXTAUTH_URL ?? ''): boolean {
  return publicUrl.startsWith('https://') || protocol === 'https:';
}
