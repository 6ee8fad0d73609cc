import { parseDutchDate } from '@/lib/validation/dates';
import { normalisePhone } from '@/lib/validation/phone';
import type { FieldDef, Operator, ValueKind } from './types';

// One value of a criterion in its stored form, or the message key saying why it does not fit.
export type ValueResult = { ok: true; value: string | number | boolean } | { ok: false; message: string };

const whole = (raw: unknown, min: number, max: number): number | null => {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,10}$/.test(raw.trim()) ? Number(raw) : NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
};

// A phone number as far as it is typed, the way the forms store phone numbers (E.164): a whole number normalised
// as the form does (06-12345678 → +31612345678), a part of one with its national 0 or 00 as the country prefix.
export function phoneCriterionText(text: string): string {
  const full = normalisePhone(text);
  if (full) return full;
  const digits = text.replace(/[\s().\-/]/g, '');
  if (!/^\+?\d+$/.test(digits)) return text;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  return digits.startsWith('0') ? `+31${digits.slice(1)}` : digits;
}

// Text as the forms store it for the field's kind: KvK digits, IBAN and VAT without spaces in capitals, phone
// numbers as E.164, e-mail in lower case; other text as typed (trimmed).
function storedText(def: FieldDef, text: string): string {
  switch (def.kind) {
    case 'phone':
      return phoneCriterionText(text);
    case 'kvk':
      return text.replace(/[\s.]/g, '');
    case 'iban':
    case 'vat':
      return text.replace(/\s/g, '').toUpperCase();
    case 'email':
      return text.toLowerCase();
    default:
      return text;
  }
}

// Brings one value of a criterion into its stored form: ids as numbers ("me" for a user), Dutch dates as ISO,
// yes / no as booleans, whole numbers (days, months 1–12, counts), text normalised as its form does.
export function criterionScalar(kind: ValueKind, op: Operator, raw: unknown, def: FieldDef): ValueResult {
  if (op === 'inLastDays' || op === 'inNextDays') {
    const n = whole(raw, 0, 36600);
    return n === null ? { ok: false, message: 'criteria.days' } : { ok: true, value: n };
  }
  if (op === 'inMonth') {
    const n = whole(raw, 1, 12);
    return n === null ? { ok: false, message: 'criteria.month' } : { ok: true, value: n };
  }
  if (kind === 'number') {
    const n = whole(raw, 0, 1000000000);
    return n === null ? { ok: false, message: 'validation.number' } : { ok: true, value: n };
  }
  if (kind === 'id') {
    if (def.kind === 'user' && raw === 'me') return { ok: true, value: 'me' };
    const n = whole(raw, 1, 2147483647);
    return n === null ? { ok: false, message: 'validation.invalid' } : { ok: true, value: n };
  }
  if (kind === 'date') {
    const iso = typeof raw === 'string' ? parseDutchDate(raw) : null;
    return iso ? { ok: true, value: iso } : { ok: false, message: 'validation.date' };
  }
  if (kind === 'boolean') {
    if (raw === true || raw === 'yes' || raw === 'true') return { ok: true, value: true };
    if (raw === false || raw === 'no' || raw === 'false') return { ok: true, value: false };
    return { ok: false, message: 'validation.invalid' };
  }
  const text = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : '';
  if (!text) return { ok: false, message: 'validation.required' };
  if (text.length > 200 || text.includes('\u0000')) return { ok: false, message: 'validation.invalid' };
  return { ok: true, value: storedText(def, text) };
}
