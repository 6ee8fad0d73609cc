import { errorMessage } from './message';
import { z } from './zod-setup';

// An optional field: trimmed, at most `max` long, '' → null, else `normalise`d (its null refuses the value with `key`).
export function optionalNormalised<T>(key: string, normalise: (value: string) => T | null, max = 200) {
  return z
    .string()
    .trim()
    .max(max, errorMessage('validation.tooLong', { max }))
    .nullish()
    .transform((value, ctx): T | null => {
      if (!value) return null;
      const out = normalise(value);
      if (out === null) {
        ctx.addIssue({ code: 'custom', message: errorMessage(key), input: value });
        return z.NEVER;
      }
      return out;
    });
}

// Runs a refinement even when other fields already failed, so a form shows all its errors at once.
export const always = { when: () => true };
