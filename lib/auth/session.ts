import 'server-only';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import type { Role } from '@/db/schema';
import type { SessionUser } from './authorize';
import { hasRole } from './roles';
import { openSessionUser, sessionHeader } from './session-header';

// The signed-in user of this request as the proxy checked it against the database (role, name and
// language as stored now), or null. The token's own copy of anything is never used.
export const getSessionUser = cache(async (): Promise<SessionUser | null> => openSessionUser((await headers()).get(sessionHeader)));

// For pages: the signed-in user with at least `role`; anonymous visitors go to /login, others get 404.
export async function requirePageUser(role: Role = 'user'): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect('/login');
  if (!hasRole(user.role, role)) notFound();
  return user;
}
