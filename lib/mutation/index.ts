import 'server-only';
import { eq } from 'drizzle-orm';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb, type Tx } from '@/db';
import { users, type Role } from '@/db/schema';
import { getSessionUser } from '@/lib/auth/session';
import { hasRole } from '@/lib/auth/roles';
import { compactRecordCounts } from '@/lib/dashboard/record-counts';
import { logError, logger } from '@/lib/log/logger';
import { issuesToFieldErrors } from '@/lib/validation/issues';
import { errorMessage } from '@/lib/validation/message';
import type { MutationContext } from './context';
import { databaseErrorResult } from './database-errors';
import { refuseUnusableInput } from './input-guard';
import { MutationRefused, type ActionResult } from './result';

export type { ActionResult, Conflict, FieldErrors } from './result';
export type { MutationContext } from './context';

type MutationOptions<S extends z.ZodType, T> = {
  role: Role;
  schema: S;
  run: (tx: Tx, input: z.output<S>, ctx: MutationContext) => Promise<T>;
  revalidate?: (data: T, input: z.output<S>) => string[];
  uniqueFields?: Record<string, string>;
};

export { issuesToFieldErrors } from '@/lib/validation/issues';

// The one way Relatio changes data: authenticate → authorise the role → parse with the form's schema →
// one transaction (the mutation checks `version` and writes history) → fold the dashboard's count deltas → revalidate.
export function mutation<S extends z.ZodType, T>(options: MutationOptions<S, T>) {
  return async function runMutation(input: z.input<S>): Promise<ActionResult<T>> {
    const sessionUser = await getSessionUser();
    if (!sessionUser) return { ok: false, formError: 'errors.signedOut' };
    const db = await getDb();
    const [current] = await db
      .select({ role: users.role, active: users.active, deletedAt: users.deletedAt })
      .from(users)
      .where(eq(users.id, sessionUser.id));
    if (!current || !current.active || current.deletedAt) return { ok: false, formError: 'errors.signedOut' };
    if (!hasRole(current.role, options.role)) return { ok: false, formError: 'errors.forbidden' };
    const unusable = refuseUnusableInput(input);
    if (unusable) return unusable;
    let parsed: z.ZodSafeParseResult<z.output<S>>;
    try {
      parsed = options.schema.safeParse(input);
    } catch (error) {
      logger.warn({ err: error }, 'input the schema could not check');
      return { ok: false, formError: 'errors.checkFields' };
    }
    if (!parsed.success) {
      const { '': form, ...fieldErrors } = issuesToFieldErrors(parsed.error);
      return { ok: false, fieldErrors, formError: form?.[0] ?? 'errors.checkFields' };
    }
    const ctx: MutationContext = { user: { ...sessionUser, role: current.role } };
    let data: T;
    try {
      data = await db.transaction((tx) => options.run(tx, parsed.data, ctx));
    } catch (error) {
      if (error instanceof MutationRefused) return error.result;
      const mapped = databaseErrorResult(error, options.uniqueFields);
      if (mapped) return mapped;
      const ref = logError('mutation failed', error, { userId: sessionUser.id });
      return { ok: false, formError: errorMessage('errors.unexpectedRef', { ref }) };
    }
    await compactRecordCounts(db).catch((error) => logError('folding the record counts failed', error));
    for (const path of options.revalidate?.(data, parsed.data) ?? []) revalidatePath(path);
    return { ok: true, data };
  };
}
