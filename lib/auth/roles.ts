import type { Role } from '@/db/schema';

const rank: Record<Role, number> = { user: 1, crm_super: 2, admin: 3 };

// Every role, lowest first.
export const roles: Role[] = ['user', 'crm_super', 'admin'];

// Whether a user with `role` may do what needs at least `needed`.
export function hasRole(role: Role | undefined | null, needed: Role): boolean {
  return !!role && rank[role] >= rank[needed];
}
