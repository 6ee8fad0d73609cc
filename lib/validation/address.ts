import { isCountryCode } from './country';
import { errorMessage } from './message';
import { always, optionalNormalised } from './normalised';
import { z } from './zod-setup';

// Neighbouring countries with an unambiguous numeric postcode; an optional `B-`/`D-`/`F-` prefix is dropped.
const numericPostcodes: Record<string, RegExp> = { BE: /^(?:B-?)?([1-9]\d{3})$/, DE: /^(?:D-?)?(\d{5})$/, FR: /^(?:F-?)?(\d{5})$/ };

// A postcode in its country's form (NL `1234 AB`, BE/DE/FR digits, others up to 10 capitals/digits), or null.
export function normalisePostcode(value: string, country = 'NL'): string | null {
  country = country.trim().toUpperCase();
  const upper = value.trim().toUpperCase().replace(/\s+/g, ' ');
  if (country === 'NL') {
    const m = /^([1-9]\d{3})([A-Z]{2})$/.exec(upper.replace(/[\s-]/g, ''));
    return m && !['SA', 'SD', 'SS'].includes(m[2]) ? `${m[1]} ${m[2]}` : null;
  }
  const numeric = numericPostcodes[country]?.exec(upper.replace(/\s/g, ''));
  if (numericPostcodes[country]) return numeric ? numeric[1] : null;
  return upper.length <= 10 && /^[A-Z0-9](?:[A-Z0-9 -]*[A-Z0-9])?$/.test(upper) ? upper : null;
}

// An optional postcode for a fixed `country`, or in the general form (then pair it with withPostcodeCheck).
export const optionalPostcode = (country?: string) => optionalNormalised('validation.postcode', (v) => normalisePostcode(v, country ?? ''));

// The country a postcode is checked for: the (valid) value of the country field, NL when that is empty, '' when invalid.
function countryOf(value: Record<string, unknown>, countryKey: string): string {
  const country = value[countryKey];
  if (country === undefined || country === null || country === '') return 'NL';
  return typeof country === 'string' && isCountryCode(country.trim().toUpperCase()) ? country.trim().toUpperCase() : '';
}

// Inside a superRefine: adds validation.postcode at `postcodeKey` when that postcode does not fit the country in `countryKey`.
export function checkPostcode(value: unknown, ctx: z.RefinementCtx, postcodeKey: string, countryKey: string): void {
  if (!value || typeof value !== 'object') return;
  const postcode = (value as Record<string, unknown>)[postcodeKey];
  if (typeof postcode !== 'string' || !postcode.trim()) return;
  if (normalisePostcode(postcode, countryOf(value as Record<string, unknown>, countryKey)) === null) {
    ctx.addIssue({ code: 'custom', path: [postcodeKey], message: errorMessage('validation.postcode'), input: postcode });
  }
}

// An object schema whose postcode is checked and normalised for its country: withPostcodeCheck(s, 'visitPostcode', 'visitCountry').
export function withPostcodeCheck<T extends z.ZodType<Record<string, unknown>>>(
  schema: T,
  postcodeKey: keyof z.output<T> & string,
  countryKey: keyof z.output<T> & string,
  options: { skip?: (value: z.output<T>) => boolean } = {},
) {
  return schema
    .superRefine((value, ctx) => {
      // `skip` leaves the pair alone, say when the postal address is the visiting address.
      if (value && typeof value === 'object' && !options.skip?.(value)) checkPostcode(value, ctx, postcodeKey, countryKey);
    }, always)
    .transform((value): z.output<T> => {
      const postcode = value[postcodeKey];
      if (typeof postcode !== 'string' || !postcode || options.skip?.(value)) return value;
      return { ...value, [postcodeKey]: normalisePostcode(postcode, countryOf(value, countryKey)) ?? postcode };
    });
}
