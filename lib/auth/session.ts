import 'server-only';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import type { Role } from '@/db/schema';
import { authOptions } from './options';
import type { SessionUser } from './authorize';
import { hasRole } from './roles';

// The session of this request, read (and its token decrypted) once per request.
export const getSession = cache(() => getServerSession(authOptions));

// The signed-in user of this request, or null.
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getSession();
  return session?.user?.id ? session.user : null;
}

// For pages: the signed-in user with at least `role`; anonymous visitors go to /login, others get 404.
export async function requirePageUser(role: Role = 'user'): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect('/login');
  if (!hasRole(user.role, role)) {
    const { notFound } = await import('next/navigation');
    notFound();
  }
  return user;
}
