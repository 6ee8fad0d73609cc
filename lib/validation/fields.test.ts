import { z } from 'zod';
import { checkbox, countryCode, isCountryCode, optionalEmail, optionalId, optionalLongText, optionalText, optionalUrl, requiredText } from './fields';
import { parseErrorMessage } from './message';
import { fails, ok } from './parse-for-tests';
import { validationErrorMap } from './zod-setup';

describe('default zod messages', () => {
  it('become validation.required for missing or empty values', () => {
    expect(fails(z.string(), undefined)).toBe('validation.required');
    expect(fails(z.object({ name: z.string() }), {})).toBe('validation.required');
    expect(fails(z.number(), null)).toBe('validation.required');
    expect(fails(z.string().min(1), '')).toBe('validation.required');
    expect(fails(z.enum(['a', 'b']), '')).toBe('validation.required');
  });

  it('carry the maximum and minimum of a string', () => {
    expect(parseErrorMessage(fails(z.string().max(3), 'abcd')!)).toEqual({ key: 'validation.tooLong', values: { max: 3 } });
    expect(parseErrorMessage(fails(z.string().min(3), 'ab')!)).toEqual({ key: 'validation.tooShort', values: { min: 3 } });
  });

  it('name the format that was expected', () => {
    expect(fails(z.email(), 'jan@')).toBe('validation.email');
    expect(fails(z.url(), 'nope')).toBe('validation.url');
    expect(fails(z.iso.date(), '2026-13-01')).toBe('validation.date');
  });

  it('say validation.number for values that are not (acceptable) numbers', () => {
    expect(fails(z.coerce.number(), 'abc')).toBe('validation.number');
    expect(fails(z.number().int(), 1.5)).toBe('validation.number');
    expect(fails(z.number().max(10), 11)).toBe('validation.number');
  });

  it('fall back to validation.invalid for anything else', () => {
    expect(fails(z.string(), 12)).toBe('validation.invalid');
    expect(fails(z.enum(['a', 'b']), 'c')).toBe('validation.invalid');
    expect(fails(z.string().refine((v) => v === 'x'), 'y')).toBe('validation.invalid');
  });

  it('leave an explicit message alone', () => {
    expect(fails(z.string().min(10, 'users.passwordTooShort'), 'short')).toBe('users.passwordTooShort');
    expect(validationErrorMap({ code: 'invalid_type', expected: 'string', input: undefined } as never)).toBe('validation.required');
  });
});

describe('requiredText', () => {
  it('trims the text', () => expect(ok(requiredText(), '  Acme BV  ')).toBe('Acme BV'));
  it('refuses an empty, blank or missing text as required', () => {
    for (const input of ['', '   ', undefined, null]) expect(fails(requiredText(), input)).toBe('validation.required');
  });
  it('says how long the text may be', () => {
    expect(ok(requiredText(5), '12345')).toBe('12345');
    expect(parseErrorMessage(fails(requiredText(5), '123456')!)).toEqual({ key: 'validation.tooLong', values: { max: 5 } });
  });
  it('counts the length after trimming', () => expect(ok(requiredText(3), '  abc  ')).toBe('abc'));
  it('allows 200 characters by default', () => {
    expect(ok(requiredText(), 'x'.repeat(200))).toHaveLength(200);
    expect(fails(requiredText(), 'x'.repeat(201))).toBe('validation.tooLong|{"max":200}');
  });
});

describe('optionalText and optionalLongText', () => {
  it('turns an empty, blank or missing text into null', () => {
    for (const input of ['', '  ', undefined, null]) expect(ok(optionalText(), input)).toBeNull();
  });
  it('trims a filled-in text', () => expect(ok(optionalText(), ' Kantoor ')).toBe('Kantoor'));
  it('refuses a text that is too long', () => expect(fails(optionalText(10), 'x'.repeat(11))).toBe('validation.tooLong|{"max":10}'));
  it('allows 5000 characters in a long text', () => {
    expect(ok(optionalLongText(), 'x'.repeat(5000))).toHaveLength(5000);
    expect(fails(optionalLongText(), 'x'.repeat(5001))).toBe('validation.tooLong|{"max":5000}');
  });
});

describe('optionalEmail', () => {
  it('lower-cases and trims an address', () => expect(ok(optionalEmail(), ' Jan.de.Vries@Example.NL ')).toBe('jan.de.vries@example.nl'));
  it('turns an empty address into null', () => expect(ok(optionalEmail(), ' ')).toBeNull());
  it('refuses malformed addresses', () => {
    for (const input of ['jan@', 'jan', '@example.nl', 'jan@example', 'jan de vries@example.nl']) expect(fails(optionalEmail(), input)).toBe('validation.email');
  });
});

describe('optionalUrl', () => {
  it('adds https:// to a website typed without it', () => {
    expect(ok(optionalUrl(), 'www.example.nl')).toBe('https://www.example.nl');
    expect(ok(optionalUrl(), 'example.nl')).toBe('https://example.nl');
    expect(ok(optionalUrl(), ' example.co.uk/contact?x=1 ')).toBe('https://example.co.uk/contact?x=1');
  });
  it('keeps an http or https address, with the scheme in lower case', () => {
    expect(ok(optionalUrl(), 'http://example.nl/contact')).toBe('http://example.nl/contact');
    expect(ok(optionalUrl(), 'HTTPS://Example.nl')).toBe('https://Example.nl');
  });
  it('turns an empty address into null', () => expect(ok(optionalUrl(), '')).toBeNull());
  it('refuses an address longer than 500 characters', () => expect(fails(optionalUrl(), `example.nl/${'x'.repeat(490)}`)).toBe('validation.tooLong|{"max":500}'));
  it('refuses garbage, other schemes and hosts without a domain', () => {
    for (const input of ['not a site', 'example', 'javascript:alert(1)', 'ftp://example.nl', 'mailto:jan@example.nl', 'http://', 'example.123', 'https://user:pw@example.nl', '1.2.3.4']) {
      expect([input, fails(optionalUrl(), input)]).toEqual([input, 'validation.url']);
    }
  });
});

describe('optionalId', () => {
  it('reads an id from a select', () => {
    expect(ok(optionalId(), '12')).toBe(12);
    expect(ok(optionalId(), 7)).toBe(7);
  });
  it('turns an empty choice into null', () => {
    for (const input of ['', undefined, null]) expect(ok(optionalId(), input)).toBeNull();
  });
  it('refuses anything that is not a positive whole number', () => {
    for (const input of ['abc', '0', '-3', '1.5', '1e3', 0, -1, 2.5]) expect(fails(optionalId(), input)).toBe('validation.invalid');
  });
});

describe('checkbox', () => {
  it('reads a ticked box', () => {
    for (const input of [true, 'on', 'true', '1']) expect(ok(checkbox(), input)).toBe(true);
  });
  it('reads an unticked or missing box as false', () => {
    for (const input of [false, 'false', 'off', '', undefined, null]) expect(ok(checkbox(), input)).toBe(false);
  });
});

describe('countryCode', () => {
  it('upper-cases and trims a country code', () => expect(ok(countryCode(), ' be ')).toBe('BE'));
  it('defaults to the Netherlands when empty', () => {
    for (const input of ['', undefined, null]) expect(ok(countryCode(), input)).toBe('NL');
  });
  it('refuses names and codes that are not ISO 3166-1 alpha-2', () => {
    for (const input of ['Nederland', 'NLD', 'UK', 'EU', 'ZZ', 'N1']) expect(fails(countryCode(), input)).toBe('validation.countryCode');
  });
  it('knows the countries of the world', () => {
    for (const code of ['NL', 'BE', 'DE', 'GB', 'US', 'CW', 'SX', 'AQ', 'XK']) expect(isCountryCode(code)).toBe(true);
  });
});
