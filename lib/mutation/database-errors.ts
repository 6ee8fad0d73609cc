import type { ActionResult } from './result';

// What the database says when it refuses a statement (node-postgres and PGlite alike).
export type PgError = { code?: string; constraint?: string; constraint_name?: string; detail?: string; column?: string; cause?: unknown };

// The database's refusal inside an error (Drizzle wraps it as the cause), or null when it is not one.
export function pgError(error: unknown): PgError | null {
  let e = error as PgError | undefined;
  for (let depth = 0; e && depth < 4; depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e;
    e = e.cause as PgError | undefined;
  }
  return null;
}

// Turns a database refusal into a message for the form: a unique violation at its field, a rule at the form.
export function databaseErrorResult(
  error: unknown,
  uniqueFields: Record<string, string> = {},
): Extract<ActionResult<never>, { ok: false }> | null {
  const e = pgError(error);
  if (!e) return null;
  const constraint = e.constraint ?? e.constraint_name ?? '';
  if (e.code === '23505') {
    const field = uniqueFields[constraint];
    return field ? { ok: false, fieldErrors: { [field]: ['errors.duplicate'] } } : { ok: false, formError: 'errors.duplicate' };
  }
  if (e.code === '23514' || e.code === '23502' || e.code === '23503') {
    return { ok: false, formError: constraint.startsWith('segment') ? 'errors.segmentRule' : 'errors.invalidData' };
  }
  if (e.code === '40001' || e.code === '40P01') return { ok: false, formError: 'errors.tryAgain' };
  if (e.code?.startsWith('22')) return { ok: false, formError: 'errors.invalidValue' };
  return null;
}
