'use client';

import { SessionProvider } from 'next-auth/react';
import type { Session } from 'next-auth';

// Makes the session available to client components (the language switch refreshes it).
export function AppSessionProvider({ session, children }: { session: Session | null; children: React.ReactNode }) {
  return <SessionProvider session={session}>{children}</SessionProvider>;
}
