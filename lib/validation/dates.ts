import { errorMessage } from './message';
import { always } from './normalised';
import { z } from './zod-setup';

// A date typed as 2026-11-22 or 22-11-2026 (also / or .) as ISO YYYY-MM-DD; null for 2-digit years and non-dates.
export function parseDutchDate(value: string): string | null {
  const v = value.trim();
  const iso = /^([1-9]\d{3})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const dutch = /^(\d{1,2})([-/.])(\d{1,2})\2([1-9]\d{3})$/.exec(v);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[4], dutch[3], dutch[1]] : [];
  if (!y || !m || !d) return null;
  const out = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${out}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === out ? out : null;
}

// An ISO date as a form shows it, the Dutch way: 2026-11-22 → 22-11-2026 ('' for none).
export function dateInput(iso: string | null | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[3]}-${m[2]}-${m[1]}` : '';
}

// Today's date (ISO) in the users' time zone, the same in the browser and on a server running in UTC.
export function todayIso(now: Date = new Date(), timeZone = 'Europe/Amsterdam'): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

// An optional date (see parseDutchDate) as ISO or null; with notInFuture a date after today is refused.
export const optionalDate = (options: { notInFuture?: boolean } = {}) =>
  z
    .string()
    .trim()
    .nullish()
    .transform((v, ctx) => {
      if (!v) return null;
      const iso = parseDutchDate(v);
      const key = !iso ? 'validation.date' : options.notInFuture && iso > todayIso() ? 'validation.dateInFuture' : null;
      if (key) {
        ctx.addIssue({ code: 'custom', message: errorMessage(key), input: v });
        return z.NEVER;
      }
      return iso;
    });

// Comparable form of a start or end value: an ISO date / local date-time string or a Date; null when neither.
function comparable(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 19);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/.test(value) ? value : null;
}

// Inside a superRefine: adds `message` (validation.endBeforeStart) at `endKey` when the end lies before the start.
export function checkEndNotBeforeStart(value: unknown, ctx: z.RefinementCtx, startKey: string, endKey: string, message = 'validation.endBeforeStart'): void {
  if (!value || typeof value !== 'object') return;
  const start = comparable((value as Record<string, unknown>)[startKey]);
  const end = comparable((value as Record<string, unknown>)[endKey]);
  if (!start || !end) return;
  // Dates and date-times are compared on what both have: a date-time on the start date is not before it.
  const length = Math.min(start.length, end.length);
  if (end.slice(0, length) < start.slice(0, length)) {
    ctx.addIssue({ code: 'custom', path: [endKey], message: errorMessage(message), input: value });
  }
}

// An object schema that refuses an end (date) before its start, e.g. endNotBeforeStart(schema, 'startDate', 'endDate').
export function endNotBeforeStart<T extends z.ZodType<Record<string, unknown>>>(
  schema: T,
  startKey: keyof z.output<T> & string,
  endKey: keyof z.output<T> & string,
) {
  return schema.superRefine((value, ctx) => checkEndNotBeforeStart(value, ctx, startKey, endKey), always);
}
