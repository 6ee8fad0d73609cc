import type { ActionResult, FieldErrors } from './result';

type Refusal = Extract<ActionResult<never>, { ok: false }>;

const maxNodes = 10_000;

function nulFields(value: unknown, path: string, out: FieldErrors, budget: { left: number }): void {
  if (--budget.left < 0) return;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out[path] = ['validation.invalidCharacters'];
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) nulFields(inner, path ? `${path}.${key}` : key, out, budget);
  }
}

// Refuses what no form sends, before the schema sees it: anything but one object (a missing argument, null,
// a list, text or a number) is a form error, and text with NUL characters (which PostgreSQL cannot store) an
// error at its field.
export function refuseUnusableInput(input: unknown): Refusal | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, formError: 'errors.invalidInput' };
  const fieldErrors: FieldErrors = {};
  nulFields(input, '', fieldErrors, { left: maxNodes });
  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors, formError: 'errors.checkFields' } : null;
}
