import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/db';
import { logError } from '@/lib/log/logger';
import { authorizeCredentials } from './authorize';
import { safeCallbackPath } from './callback-url';
import { clientAddress } from './client-address';
import { endSession, sessionHours, startSession } from './sessions';

async function signIn(email: string, password: string, headers: Record<string, unknown> | undefined) {
  let result: Awaited<ReturnType<typeof authorizeCredentials>>;
  try {
    result = await authorizeCredentials(await getDb(), email, password, clientAddress(headers));
  } catch (error) {
    logError('sign-in failed', error);
    throw new Error('unavailable');
  }
  if ('refused' in result) throw new Error(result.refused);
  return { id: String(result.id), name: result.name, email: result.email };
}

// next-auth configuration: e-mail + password; the token carries only the id of a session row, which every
// request checks (lib/auth/sessions.ts), and signing out deletes.
export const authOptions: AuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: sessionHours * 60 * 60 },
  pages: { signIn: '/login', error: '/login' },
  useSecureCookies: (process.env.NEXTAUTH_URL ?? '').startsWith('https://'),
  providers: [
    CredentialsProvider({
      name: 'credentials',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      authorize: (credentials, req) => signIn(credentials?.email ?? '', credentials?.password ?? '', req?.headers as Record<string, unknown> | undefined),
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) return { sub: user.id, sid: await startSession(await getDb(), Number(user.id)) };
      return token;
    },
    async session({ session }) {
      return { expires: session.expires } as typeof session;
    },
    async redirect({ url, baseUrl }) {
      return new URL(safeCallbackPath(url, baseUrl), baseUrl).toString();
    },
  },
  events: {
    async signOut({ token }) {
      await endSession(await getDb(), token?.sid);
    },
  },
};
