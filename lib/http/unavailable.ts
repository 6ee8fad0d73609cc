import { localeFromAcceptLanguage } from '@/lib/i18n/config';
import { loadMessages } from '@/lib/i18n/messages';

type Tree = { [key: string]: string | Tree };
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// The 503 answer while the database cannot be reached: a small page in the visitor's language (JSON for /api),
// which asks to try again; it needs nothing from the database.
export function databaseUnavailable(pathname: string, acceptLanguage: string | null, headers: Headers): Response {
  headers.set('Retry-After', '5');
  headers.set('Cache-Control', 'no-store');
  if (pathname.startsWith('/api/')) {
    headers.set('Content-Type', 'application/json');
    return new Response(JSON.stringify({ error: 'database unavailable' }), { status: 503, headers });
  }
  const locale = localeFromAcceptLanguage(acceptLanguage);
  const t = (key: string) => String(key.split('.').reduce<string | Tree>((tree, k) => (tree as Tree)[k], loadMessages(locale) as Tree));
  headers.set('Content-Type', 'text/html; charset=utf-8');
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(t('unavailable.title'))} · Relatio</title></head>
<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;text-align:center;color:#0f172a">
<h1 style="font-size:1.5rem">${escape(t('unavailable.title'))}</h1><p style="color:#475569">${escape(t('unavailable.text'))}</p>
<p><a href="${escape(pathname)}" style="color:#1d4ed8">${escape(t('unavailable.retry'))}</a></p></body></html>`;
  return new Response(html, { status: 503, headers });
}
