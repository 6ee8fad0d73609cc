import { electronicFormatIBAN, friendlyFormatIBAN, isValidIBAN } from 'ibantools';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { errorMessage } from './message';
import { z } from './zod-setup';

// Optional text field whose non-empty value goes through `check` (null = invalid, with `key` as the message).
function normalised(key: string, check: (v: string) => string | null) {
  return z
    .string()
    .trim()
    .nullish()
    .transform((v, ctx) => {
      if (!v) return null;
      const out = check(v);
      if (out === null) {
        ctx.addIssue({ code: 'custom', message: errorMessage(key) });
        return z.NEVER;
      }
      return out;
    });
}

// A Chamber of Commerce (KvK) number: exactly 8 digits; spaces and dots are ignored.
export function normaliseKvk(value: string): string | null {
  const digits = value.replace(/[\s.]/g, '');
  return /^\d{8}$/.test(digits) ? digits : null;
}
export const optionalKvk = () => normalised('validation.kvk', normaliseKvk);

// VAT number formats of the EU member states (after the country prefix).
const vatFormats: Record<string, RegExp> = {
  AT: /^U\d{8}$/, BE: /^[01]\d{9}$/, BG: /^\d{9,10}$/, CY: /^\d{8}[A-Z]$/, CZ: /^\d{8,10}$/, DE: /^\d{9}$/,
  DK: /^\d{8}$/, EE: /^\d{9}$/, EL: /^\d{9}$/, ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/, FI: /^\d{8}$/, FR: /^[A-Z0-9]{2}\d{9}$/,
  HR: /^\d{11}$/, HU: /^\d{8}$/, IE: /^\d{7}[A-Z]{1,2}$|^\d[A-Z]\d{5}[A-Z]$/, IT: /^\d{11}$/, LT: /^\d{9}$|^\d{12}$/,
  LU: /^\d{8}$/, LV: /^\d{11}$/, MT: /^\d{8}$/, NL: /^\d{9}B\d{2}$/, PL: /^\d{10}$/, PT: /^\d{9}$/, RO: /^\d{2,10}$/,
  SE: /^\d{12}$/, SI: /^\d{8}$/, SK: /^\d{10}$/, XI: /^\d{9}$|^\d{12}$/,
};

// A VAT number in its compact form (NL123456789B01, BE0123456789, …), or null when its format is wrong.
export function normaliseVat(value: string): string | null {
  const compact = value.toUpperCase().replace(/[\s.\-]/g, '');
  const format = vatFormats[compact.slice(0, 2)];
  return format && format.test(compact.slice(2)) ? compact : null;
}
export const optionalVat = () => normalised('validation.vat', normaliseVat);

// An IBAN with a correct checksum, stored in electronic form (NL91ABNA0417164300).
export function normaliseIban(value: string): string | null {
  const electronic = electronicFormatIBAN(value) ?? '';
  return isValidIBAN(electronic) ? electronic : null;
}
export const optionalIban = () => normalised('validation.iban', normaliseIban);

// An IBAN in its printed form: NL91 ABNA 0417 1643 00.
export function formatIban(iban: string): string {
  return friendlyFormatIBAN(iban) ?? iban;
}

const postcodeFormats: Record<string, RegExp> = { BE: /^[1-9]\d{3}$/, DE: /^\d{5}$/, LU: /^\d{4}$/, FR: /^\d{5}$/ };

// A postcode in its country's form: NL `1234 AB` (no 0 first, no SA/SD/SS), BE 4 digits, …; null when wrong.
export function normalisePostcode(value: string, country = 'NL'): string | null {
  const compact = value.toUpperCase().replace(/[\s-]/g, '');
  if (country === 'NL') {
    const m = /^([1-9]\d{3})([A-Z]{2})$/.exec(compact);
    return m && !['SA', 'SD', 'SS'].includes(m[2]) ? `${m[1]} ${m[2]}` : null;
  }
  const format = postcodeFormats[country];
  if (format) return format.test(compact) ? compact : null;
  const trimmed = value.trim().toUpperCase().replace(/\s+/g, ' ');
  return trimmed.length <= 10 ? trimmed : null;
}

// A phone number typed in national or international form, stored as E.164 (+31201234567).
export function normalisePhone(value: string, defaultCountry: CountryCode = 'NL'): string | null {
  const phone = parsePhoneNumberFromString(value.replace(/^00/, '+'), defaultCountry);
  return phone && phone.isValid() ? phone.number : null;
}
export const optionalPhone = (defaultCountry: CountryCode = 'NL') => normalised('validation.phone', (v) => normalisePhone(v, defaultCountry));

// A stored E.164 number as people read it: national form for Dutch numbers, international otherwise.
export function formatPhoneNational(e164: string): string {
  const phone = parsePhoneNumberFromString(e164);
  if (!phone) return e164;
  return phone.country === 'NL' ? phone.formatNational() : phone.formatInternational();
}

// A date typed as 2026-11-22, 22-11-2026, 22/11/2026 or 22.11.2026, as ISO; null when not a real date.
export function parseDutchDate(value: string): string | null {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : [];
  if (!y || !m || !d) return null;
  const out = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${out}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === out ? out : null;
}

// An optional date (see parseDutchDate); with notInFuture, a date after today is refused.
export const optionalDate = (opts: { notInFuture?: boolean } = {}) =>
  z
    .string()
    .trim()
    .nullish()
    .transform((v, ctx) => {
      if (!v) return null;
      const iso = parseDutchDate(v);
      if (!iso) {
        ctx.addIssue({ code: 'custom', message: errorMessage('validation.date') });
        return z.NEVER;
      }
      if (opts.notInFuture && iso > new Date().toISOString().slice(0, 10)) {
        ctx.addIssue({ code: 'custom', message: errorMessage('validation.dateInFuture') });
        return z.NEVER;
      }
      return iso;
    });

// Initials in the usual form: `jp`, `J P`, `j.p.` → `J.P.`; `Th.J.` keeps its Th.
export function normaliseInitials(value: string): string | null {
  let compact = value.replace(/[\s.]/g, '');
  if (!compact) return null;
  if (compact === compact.toLowerCase()) compact = compact.toUpperCase();
  const parts = compact.match(/\p{Lu}\p{Ll}*/gu);
  if (!parts || parts.join('') !== compact || parts.length > 8) return null;
  return `${parts.join('.')}.`;
}
export const optionalInitials = () => normalised('validation.initials', normaliseInitials);
