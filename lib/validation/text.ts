import { errorMessage } from './message';
import { optionalNormalised } from './normalised';
import { z } from './zod-setup';

const tooLong = (max: number) => errorMessage('validation.tooLong', { max });
const required = errorMessage('validation.required');

// A required text: trimmed, not empty, at most `max` characters.
export const requiredText = (max = 200) => z.string(required).trim().min(1, required).max(max, tooLong(max));

// An optional text: trimmed, at most `max` characters; empty becomes null.
export const optionalText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max, tooLong(max))
    .nullish()
    .transform((v) => v || null);

// An optional long text (notes, descriptions): trimmed, empty becomes null.
export const optionalLongText = (max = 5000) => optionalText(max);

// An optional e-mail address, trimmed and stored in lower case.
export const optionalEmail = () =>
  z
    .string()
    .trim()
    .toLowerCase()
    .max(254, tooLong(254))
    .nullish()
    .transform((v) => v || null)
    .pipe(z.email(errorMessage('validation.email')).nullable());

// A web address with its scheme (`example.nl` → `https://example.nl`), or null when it is not one.
export function normaliseUrl(value: string): string | null {
  const v = value.trim();
  if (!v || /\s/.test(v)) return null;
  const scheme = /^(https?):\/\//i.exec(v);
  const withScheme = scheme ? `${scheme[1].toLowerCase()}://${v.slice(scheme[0].length)}` : `https://${v}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  const labels = url.hostname.split('.');
  const hostOk = labels.length >= 2 && labels.every((l) => /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/i.test(l));
  const tldOk = /^([a-z]{2,63}|xn--[a-z0-9-]+)$/i.test(labels[labels.length - 1]);
  return hostOk && tldOk && !url.username && !url.password ? withScheme : null;
}

// An optional website address (see normaliseUrl); empty becomes null.
export const optionalUrl = () => optionalNormalised('validation.url', normaliseUrl, 500);

// A positive whole-number id chosen in a dropdown ('12' → 12); '' means none.
export const optionalId = () =>
  z
    .union([z.string(), z.number()])
    .nullish()
    .transform((v, ctx) => {
      const text = typeof v === 'string' ? v.trim() : v;
      if (text === '' || text === null || text === undefined) return null;
      const n = typeof text === 'number' ? text : /^\d+$/.test(text) ? Number(text) : NaN;
      if (!Number.isSafeInteger(n) || n <= 0) {
        ctx.addIssue({ code: 'custom', message: errorMessage('validation.invalid'), input: v });
        return z.NEVER;
      }
      return n;
    });

// A checkbox value from a form: true, 'on', 'true' and '1' count as ticked; anything else (or nothing) as not.
export const checkbox = () =>
  z
    .union([z.boolean(), z.string()])
    .nullish()
    .transform((v) => v === true || v === 'on' || v === 'true' || v === '1');

// A required id chosen in a picker or dropdown (see optionalId).
export const requiredId = () => optionalId().refine((v) => v !== null, required);
