import { errorMessage } from './message';
import { z } from './zod-setup';

// An optional field whose trimmed, non-empty value goes through `normalise`; null from it refuses the value with `key`.
export function optionalNormalised<T>(key: string, normalise: (value: string) => T | null) {
  return z
    .string()
    .trim()
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
