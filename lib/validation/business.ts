import { electronicFormatIBAN, friendlyFormatIBAN, isValidIBAN } from 'ibantools';
import { optionalNormalised } from './normalised';

// A Chamber of Commerce (KvK) number: exactly 8 digits once spaces and dots are removed; null otherwise.
export function normaliseKvk(value: string): string | null {
  const digits = value.replace(/[\s.]/g, '');
  return /^\d{8}$/.test(digits) ? digits : null;
}

// An optional KvK number, stored as its 8 digits.
export const optionalKvk = () => optionalNormalised('validation.kvk', normaliseKvk);

// VAT number formats of the EU member states, after the two-letter prefix (EL is Greece, XI Northern Ireland).
const vatFormats: Record<string, RegExp> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^\d{8}$/,
  FR: /^[A-HJ-NP-Z0-9]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^\d{7}[A-W][A-I]?$|^\d[A-Z+*]\d{5}[A-W]$/,
  IT: /^\d{11}$/,
  LT: /^(\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^[1-9]\d{1,9}$/,
  SE: /^\d{10}01$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
  XI: /^(\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2})$/,
};

// Big-number remainder of a digit string, for the mod-97 checks.
function mod97(digits: string): number {
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return rest;
}

// Dutch btw-id: either the old 11-test on the 9 digits (RSIN/BSN) or the mod-97 check of the newer sole-trader id.
function isValidDutchVat(compact: string): boolean {
  const digits = compact.slice(2, 11);
  const sum = [...digits.slice(0, 8)].reduce((s, d, i) => s + Number(d) * (9 - i), 0);
  if (sum % 11 === Number(digits[8])) return true;
  const asNumber = [...compact].map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join('');
  return mod97(asNumber) === 1;
}

// Belgian enterprise number: the last two digits are 97 minus the first eight modulo 97.
function isValidBelgianVat(compact: string): boolean {
  return 97 - mod97(compact.slice(2, 10)) === Number(compact.slice(10));
}

const checks: Record<string, (compact: string) => boolean> = { NL: isValidDutchVat, BE: isValidBelgianVat };

// An EU VAT number in compact form (NL004495445B01), or null when its format or check digits are wrong.
export function normaliseVat(value: string): string | null {
  let compact = value.toUpperCase().replace(/[\s.\-]/g, '');
  if (compact.startsWith('GR')) compact = `EL${compact.slice(2)}`;
  const country = compact.slice(0, 2);
  const format = vatFormats[country];
  if (!format || !format.test(compact.slice(2))) return null;
  return (checks[country]?.(compact) ?? true) ? compact : null;
}

// An optional EU VAT number, stored compact and in capitals.
export const optionalVat = () => optionalNormalised('validation.vat', normaliseVat);

// An IBAN with a correct checksum in electronic form (NL91ABNA0417164300); null when wrong.
export function normaliseIban(value: string): string | null {
  const electronic = electronicFormatIBAN(value.replace(/^\s*IBAN\b/i, '').replace(/[\s.]/g, '')) ?? '';
  return isValidIBAN(electronic) ? electronic : null;
}

// An optional IBAN, stored in electronic form.
export const optionalIban = () => optionalNormalised('validation.iban', normaliseIban);

// An IBAN in its printed form: NL91 ABNA 0417 1643 00.
export function formatIban(iban: string): string {
  return friendlyFormatIBAN(iban) ?? iban;
}
