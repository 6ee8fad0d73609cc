import { z } from './zod-setup';
import { errorMessage } from './message';

const tooLong = (max: number) => errorMessage('validation.tooLong', { max });
const required = errorMessage('validation.required');

// A required text: trimmed, not empty, at most `max` characters.
export const requiredText = (max = 200) => z.string(required).trim().min(1, required).max(max, tooLong(max));

// An optional text: trimmed; empty becomes null.
export const optionalText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max, tooLong(max))
    .nullish()
    .transform((v) => v || null);

// An optional long text (notes, descriptions).
export const optionalLongText = (max = 5000) => optionalText(max);

// An optional e-mail address, stored in lower case.
export const optionalEmail = () =>
  z
    .string()
    .trim()
    .toLowerCase()
    .max(254, tooLong(254))
    .nullish()
    .transform((v) => v || null)
    .pipe(z.email(errorMessage('validation.email')).nullable());

// An optional website; `www.example.nl` and `example.nl` get https:// in front.
export const optionalUrl = () =>
  z
    .string()
    .trim()
    .max(500, tooLong(500))
    .nullish()
    .transform((v, ctx) => {
      if (!v) return null;
      const withScheme = /^https?:\/\//i.test(v) ? v : `https://${v}`;
      try {
        const url = new URL(withScheme);
        if (/\s/.test(v) || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname)) throw new Error('host');
        return withScheme;
      } catch {
        ctx.addIssue({ code: 'custom', message: errorMessage('validation.url') });
        return z.NEVER;
      }
    });

// A positive whole-number id chosen in a dropdown; '' means none.
export const optionalId = () =>
  z
    .union([z.string(), z.number()])
    .nullish()
    .transform((v, ctx) => {
      if (v === '' || v === null || v === undefined) return null;
      const n = Number(v);
      if (!Number.isSafeInteger(n) || n <= 0) {
        ctx.addIssue({ code: 'custom', message: errorMessage('validation.invalid') });
        return z.NEVER;
      }
      return n;
    });

// A checkbox value: true, 'on' or 'true' count as ticked.
export const checkbox = () =>
  z
    .union([z.boolean(), z.string()])
    .nullish()
    .transform((v) => v === true || v === 'on' || v === 'true');

// An ISO 3166-1 alpha-2 country code in capitals; empty means the Netherlands.
export const countryCode = () =>
  z
    .string()
    .trim()
    .toUpperCase()
    .nullish()
    .transform((v) => v || 'NL')
    .pipe(z.string().regex(/^[A-Z]{2}$/, errorMessage('validation.countryCode')));
