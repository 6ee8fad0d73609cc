import { encode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import type { Db } from '@/db';
import { sessionHeader } from '@/lib/auth/session-header';
import { startSession } from '@/lib/auth/sessions';
import { proxy } from '@/proxy';

// A session token cookie for a new session of this user, as signing in would set it.
export async function sessionCookie(db: Db, userId: number): Promise<string> {
  const sid = await startSession(db, userId);
  const token = await encode({ token: { sub: String(userId), sid }, secret: process.env.NEXTAUTH_SECRET! });
  return `next-auth.session-token=${token}`;
}

// Runs the proxy on a request and returns its answer and the checked-user header it hands to the app (if any).
export async function throughProxy(path: string, init: { cookie?: string; method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set('cookie', init.cookie);
  const response = await proxy(new NextRequest(`http://localhost${path}`, { method: init.method ?? 'GET', headers, body: init.body }));
  return { response, sealed: response.headers.get(`x-middleware-request-${sessionHeader}`) };
}
