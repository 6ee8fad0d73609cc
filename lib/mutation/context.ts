import type { SessionUser } from '@/lib/auth/authorize';

// What a mutation knows about who runs it (role as stored now, not as in the session token).
export type MutationContext = { user: SessionUser };
