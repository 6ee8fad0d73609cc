import 'server-only';
import { and, count, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Tx } from '@/db';
import { users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { endSessionsOf } from '@/lib/auth/sessions';
import type { MutationContext } from '@/lib/mutation';
import { insertRecord, lockRecord, updateRecord } from '@/lib/mutation/records';
import { fieldError, formError } from '@/lib/mutation/result';
import type { z } from 'zod';
import type { createUserSchema, localeSchema, resetPasswordSchema, updateUserSchema } from './validations';

// Creates a user with a hashed password.
export async function createUser(tx: Tx, input: z.output<typeof createUserSchema>, ctx: MutationContext) {
  const row = await insertRecord(tx, ctx, users, {
    name: input.name,
    email: input.email,
    role: input.role,
    passwordHash: await hashPassword(input.password),
  });
  return { id: row.id };
}

const activeAdmin = and(eq(users.role, 'admin'), eq(users.active, true), isNull(users.deletedAt));

async function otherActiveAdmins(tx: Tx, id: number): Promise<number> {
  const [r] = await tx.select({ n: count() }).from(users).where(and(activeAdmin, ne(users.id, id)));
  return r.n;
}

async function isActiveAdmin(tx: Tx, id: number): Promise<boolean> {
  return (await tx.select({ id: users.id }).from(users).where(and(activeAdmin, eq(users.id, id)))).length > 0;
}

// Changes a user's name, role and active flag; an admin cannot deactivate or demote themselves, and one active admin
// always remains (changes of admins wait for each other, so two admins cannot remove each other at the same moment).
export async function updateUser(tx: Tx, input: z.output<typeof updateUserSchema>, ctx: MutationContext) {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('relatio.users.admins'))`);
  if (!(await isActiveAdmin(tx, ctx.user.id))) throw formError('errors.forbidden');
  const current = await lockRecord(tx, users, input.id, input.version);
  const demotesAdmin = current.role === 'admin' && (input.role !== 'admin' || !input.active);
  if (input.id === ctx.user.id && current.active && !input.active) throw formError('users.cannotDeactivateSelf');
  if (demotesAdmin && input.id === ctx.user.id) throw formError('users.cannotLockOutSelf');
  if (demotesAdmin && (await otherActiveAdmins(tx, input.id)) === 0) throw fieldError('role', 'users.lastAdmin');
  const row = await updateRecord(tx, ctx, users, input.id, input.version, { name: input.name, role: input.role, active: input.active });
  if (!input.active) await endSessionsOf(tx, input.id);
  return { id: row.id, version: row.version };
}

// Sets a new password for a user and ends their sessions.
export async function resetPassword(tx: Tx, input: z.output<typeof resetPasswordSchema>, ctx: MutationContext) {
  const row = await updateRecord(tx, ctx, users, input.id, input.version, { passwordHash: await hashPassword(input.password) });
  await endSessionsOf(tx, input.id);
  return { id: row.id, version: row.version };
}

// Saves the signed-in user's interface language.
export async function changeOwnLocale(tx: Tx, input: z.output<typeof localeSchema>, ctx: MutationContext) {
  const [me] = await tx.select({ version: users.version }).from(users).where(eq(users.id, ctx.user.id));
  const row = await updateRecord(tx, ctx, users, ctx.user.id, me.version, { locale: input.locale });
  return { locale: row.locale };
}
