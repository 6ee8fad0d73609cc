import { eq } from 'drizzle-orm';
import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { authorizeCredentials, type SessionUser } from './authorize';

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.['x-forwarded-for'];
  const first = typeof forwarded === 'string' ? forwarded.split(',')[0].trim() : '';
  return first || (typeof headers?.['x-real-ip'] === 'string' ? (headers['x-real-ip'] as string) : 'local');
}

// next-auth configuration: e-mail + password, JWT sessions carrying id, role and language.
export const authOptions: AuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  pages: { signIn: '/login', error: '/login' },
  useSecureCookies: (process.env.NEXTAUTH_URL ?? '').startsWith('https://'),
  providers: [
    CredentialsProvider({
      name: 'credentials',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        const result = await authorizeCredentials(
          await getDb(),
          credentials?.email ?? '',
          credentials?.password ?? '',
          clientIp(req?.headers as Record<string, unknown> | undefined),
        );
        if ('refused' in result) throw new Error(result.refused);
        return { ...result, id: String(result.id) };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user, trigger }) {
      if (user) {
        const u = user as unknown as SessionUser & { id: string };
        token.uid = Number(u.id);
        token.role = u.role;
        token.locale = u.locale;
        token.name = u.name;
      } else if (trigger === 'update' && token.uid) {
        const [fresh] = await (await getDb())
          .select({ role: users.role, locale: users.locale, name: users.name })
          .from(users)
          .where(eq(users.id, token.uid as number));
        if (fresh) Object.assign(token, { role: fresh.role, locale: fresh.locale, name: fresh.name });
      }
      return token;
    },
    async session({ session, token }) {
      session.user = {
        id: token.uid as number,
        name: token.name ?? '',
        email: token.email ?? '',
        role: token.role as SessionUser['role'],
        locale: (token.locale as SessionUser['locale']) ?? null,
      };
      return session;
    },
  },
};
