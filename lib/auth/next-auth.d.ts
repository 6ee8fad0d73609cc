import type { SessionUser } from './authorize';

declare module 'next-auth' {
  interface Session {
    user: SessionUser;
  }
}
