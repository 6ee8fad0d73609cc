import { getToken } from 'next-auth/jwt';
import type { NextRequest } from 'next/server';
import { getDb } from '@/db';
import type { SessionUser } from './authorize';
import { checkSession } from './sessions';

// What the proxy knows about who sends a request: whether a session token came along, and whose live session it is.
export type RequestSession = { hasToken: boolean; user: SessionUser | null };

// Reads the session token of a request and checks its session against the database (throws when the database cannot be reached).
export async function resolveRequestSession(request: NextRequest): Promise<RequestSession> {
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (!token) return { hasToken: false, user: null };
  return { hasToken: true, user: await checkSession(await getDb(), token.sid) };
}
