import { NextResponse, type NextRequest } from 'next/server';
import { resolveRequestSession } from '@/lib/auth/request-session';
import { sealSessionUser, sessionHeader } from '@/lib/auth/session-header';
import { databaseUnavailable } from '@/lib/http/unavailable';
import { logger } from '@/lib/log/logger';
import { isActionRequest, refusalPrefix, refuseActionRequest } from '@/lib/security/action-guard';
import { contentSecurityPolicy, newNonce, servedOverHttps, strictTransportSecurity } from '@/lib/security/headers';

const publicPaths = ['/login', '/api/auth', '/api/health', '/api/calendar'];
const isPublic = (pathname: string) => publicPaths.some((p) => pathname === p || pathname.startsWith(`${p}/`));

// Runs before every page, action and route handler: sets the nonce-based CSP (and HSTS over https), drops NUL
// characters from the query (PostgreSQL cannot take them), refuses bad action requests with a 4xx, checks the
// session against the database and hands the checked user to the app in a sealed request header (never trusting
// one a client sent), sends anonymous visitors to /login, and answers 503 while the database cannot be reached.
// Pages, actions and handlers still check the role themselves.
export async function proxy(request: NextRequest) {
  const { pathname, search, protocol } = request.nextUrl;
  const nonce = newNonce();
  const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === 'development', https: servedOverHttps(protocol) });
  const responseHeaders = new Headers({ 'Content-Security-Policy': csp });
  if (servedOverHttps(protocol)) responseHeaders.set('Strict-Transport-Security', strictTransportSecurity);
  const finish = (response: NextResponse | Response) => {
    responseHeaders.forEach((value, key) => response.headers.set(key, value));
    return response;
  };

  if (/%00/i.test(search) && request.method === 'GET') {
    const clean = request.nextUrl.clone();
    clean.search = search.replace(/%00/gi, '');
    return finish(NextResponse.redirect(clean, 308));
  }

  const action = isActionRequest(request);
  if (action) {
    const refusal = await refuseActionRequest(request);
    if (refusal) return finish(new Response(`${refusalPrefix}${refusal.message}`, { status: refusal.status, headers: { 'Content-Type': 'text/plain' } }));
  }

  const forwarded = new Headers(request.headers);
  forwarded.delete(sessionHeader);
  forwarded.set('x-nonce', nonce);
  forwarded.set('Content-Security-Policy', csp);
  const next = () => finish(NextResponse.next({ request: { headers: forwarded } }));

  if (pathname.startsWith('/api/auth') || pathname === '/api/health') return next();
  let session;
  try {
    session = await resolveRequestSession(request);
  } catch (error) {
    logger.warn({ err: error, path: pathname }, 'session check failed: database unreachable');
    return finish(databaseUnavailable(pathname, request.headers.get('accept-language'), new Headers()));
  }
  if (session.user) {
    forwarded.set(sessionHeader, sealSessionUser(session.user));
    return next();
  }
  if (isPublic(pathname) || action) return next();
  if (pathname.startsWith('/api/')) return finish(NextResponse.json({ error: 'unauthorised' }, { status: 401 }));
  const login = new URL('/login', request.url);
  if (pathname !== '/') login.searchParams.set('callbackUrl', `${pathname}${search}`);
  const redirect = NextResponse.redirect(login);
  if (session.hasToken) for (const cookie of request.cookies.getAll()) if (cookie.name.includes('next-auth.session-token')) redirect.cookies.delete(cookie.name);
  return finish(redirect);
}

export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|webp)$).*)'] };
