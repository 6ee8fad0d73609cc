import { getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { optionalNormalised } from './normalised';

// The countries libphonenumber knows, for typing the default country of a phone field.
export type PhoneCountry = CountryCode;

// A phone number typed nationally (020-1234567) or internationally (+32 2 …, 0031 20 …) as E.164, or null.
export function normalisePhone(value: string, defaultCountry: PhoneCountry = 'NL'): string | null {
  const typed = value.trim();
  if (!/^\+?[\d\s().\-/]+$/.test(typed) || !/\d/.test(typed)) return null;
  const phone = parsePhoneNumberFromString(typed.replace(/^00(?=[1-9])/, '+'), defaultCountry);
  if (!phone) return null;
  // Home numbers must fit the numbering plan; foreign ones only need a possible length (their plans change unseen).
  const domestic = phone.countryCallingCode === getCountryCallingCode(defaultCountry);
  return phone.isValid() || (!domestic && phone.isPossible()) ? phone.number : null;
}

// An optional phone number, stored as E.164 (+31201234567).
export const optionalPhone = (defaultCountry: PhoneCountry = 'NL') =>
  optionalNormalised('validation.phone', (v) => normalisePhone(v, defaultCountry));

// A stored E.164 number as a form field starts with: its national form ('' for none).
export function phoneInput(e164: string | null | undefined): string {
  return e164 ? formatPhoneNational(e164) : '';
}

// A stored E.164 number as people read it: national form for Dutch numbers (020 123 4567), international otherwise.
export function formatPhoneNational(e164: string, homeCountry: PhoneCountry = 'NL'): string {
  const phone = parsePhoneNumberFromString(e164);
  if (!phone) return e164;
  return phone.countryCallingCode === getCountryCallingCode(homeCountry) ? phone.formatNational() : phone.formatInternational();
}
