import { getCountrySpecifications } from 'ibantools';
import { errorMessage } from './message';
import { z } from './zod-setup';

// ibantools lists every ISO 3166-1 alpha-2 country (and XK, Kosovo), whether or not it uses IBANs.
const countries = new Set(Object.keys(getCountrySpecifications()));

// Whether `code` is an ISO 3166-1 alpha-2 country code in capitals (NL, BE, DE, …).
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.has(code);
}

// An ISO 3166-1 alpha-2 country code, trimmed and in capitals; empty means the Netherlands.
export const countryCode = () =>
  z
    .string()
    .trim()
    .toUpperCase()
    .nullish()
    .transform((v) => v || 'NL')
    .refine(isCountryCode, errorMessage('validation.countryCode'));
