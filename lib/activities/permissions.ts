import { hasRole } from '@/lib/auth/roles';
import type { Role } from '@/db/schema/users';

// Anyone signed in may add an activity; its author, its assignee and CRM Super users (and admins) may change it.
export function mayChangeActivity(row: { createdBy: number | null; assignedToId: number | null }, user: { id: number; role: Role }): boolean {
  return row.createdBy === user.id || row.assignedToId === user.id || hasRole(user.role, 'crm_super');
}
