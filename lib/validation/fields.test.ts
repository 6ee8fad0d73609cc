import fc from 'fast-check';
import { composeIBAN, isValidIBAN } from 'ibantools';
import { z } from 'zod';
import {
  checkbox,
  countryCode,
  formatIban,
  formatPhoneNational,
  normaliseInitials,
  normalisePostcode,
  optionalDate,
  optionalEmail,
  optionalIban,
  optionalId,
  optionalKvk,
  optionalPhone,
  optionalText,
  optionalUrl,
  optionalVat,
  parseDutchDate,
  requiredText,
} from './fields';
import { errorMessage, parseErrorMessage } from './message';

const ok = <T extends z.ZodType>(schema: T, input: unknown) => {
  const r = schema.safeParse(input);
  if (!r.success) throw new Error(`expected ${JSON.stringify(input)} to pass: ${r.error.issues[0].message}`);
  return r.data;
};
const fails = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? null : r.error.issues[0].message;
};

describe('messages as catalogue keys', () => {
  it('carries values with the key and reads them back', () => {
    expect(parseErrorMessage(errorMessage('validation.tooLong', { max: 200 }))).toEqual({ key: 'validation.tooLong', values: { max: 200 } });
    expect(parseErrorMessage('validation.required')).toEqual({ key: 'validation.required' });
  });
});

describe('text fields', () => {
  it('requires a non-blank text and says how long it may be', () => {
    expect(fails(requiredText(5), '   ')).toBe('validation.required');
    expect(fails(requiredText(5), undefined)).toBe('validation.required');
    expect(parseErrorMessage(fails(requiredText(5), '123456')!)).toEqual({ key: 'validation.tooLong', values: { max: 5 } });
    expect(ok(requiredText(), '  Acme  ')).toBe('Acme');
  });
  it('turns an empty optional text into null', () => {
    expect(ok(optionalText(), '  ')).toBeNull();
    expect(ok(optionalText(), undefined)).toBeNull();
  });
  it('lower-cases e-mail addresses and refuses malformed ones', () => {
    expect(ok(optionalEmail(), ' Jan@Example.NL ')).toBe('jan@example.nl');
    expect(fails(optionalEmail(), 'jan@')).toBe('validation.email');
    expect(ok(optionalEmail(), '')).toBeNull();
  });
  it('adds https:// to a website typed without it, and refuses garbage', () => {
    expect(ok(optionalUrl(), 'www.acme.nl')).toBe('https://www.acme.nl');
    expect(ok(optionalUrl(), 'http://acme.nl/contact')).toBe('http://acme.nl/contact');
    expect(fails(optionalUrl(), 'not a site')).toBe('validation.url');
  });
  it('reads dropdown ids and checkboxes from form values', () => {
    expect(ok(optionalId(), '12')).toBe(12);
    expect(ok(optionalId(), '')).toBeNull();
    expect(fails(optionalId(), 'abc')).toBe('validation.invalid');
    expect(ok(checkbox(), 'on')).toBe(true);
    expect(ok(checkbox(), undefined)).toBe(false);
    expect(ok(countryCode(), 'be')).toBe('BE');
    expect(ok(countryCode(), '')).toBe('NL');
    expect(fails(countryCode(), 'Nederland')).toBe('validation.countryCode');
  });
});

describe('Dutch formats', () => {
  it('accepts any 8-digit KvK number, with spaces or dots, and refuses 7 or 9 digits', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{8}$/), (kvk) => ok(optionalKvk(), `${kvk.slice(0, 4)} ${kvk.slice(4)}`) === kvk));
    fc.assert(fc.property(fc.stringMatching(/^(\d{7}|\d{9})$/), (kvk) => fails(optionalKvk(), kvk) === 'validation.kvk'));
  });

  it('normalises a Dutch postcode typed in lower case without a space, idempotently', () => {
    const valid = fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.stringMatching(/^[A-Z]{2}$/).filter((l) => !['SA', 'SD', 'SS'].includes(l)));
    fc.assert(
      fc.property(valid, fc.constantFrom('', ' ', '  ', '-'), fc.boolean(), ([digits, letters], sep, lower) => {
        const typed = `${digits}${sep}${lower ? letters.toLowerCase() : letters}`;
        const once = normalisePostcode(typed);
        return once === `${digits} ${letters}` && normalisePostcode(once!) === once;
      }),
    );
    expect(normalisePostcode('0123 AB')).toBeNull();
    expect(normalisePostcode('1234 SS')).toBeNull();
    expect(normalisePostcode('1000', 'BE')).toBe('1000');
    expect(normalisePostcode('10000', 'BE')).toBeNull();
  });

  it('accepts every IBAN with a correct checksum and refuses one with a changed digit', () => {
    const bban = fc.tuple(fc.constantFrom('ABNA', 'INGB', 'RABO', 'TRIO'), fc.stringMatching(/^\d{10}$/)).map(([bank, acct]) => `${bank}${acct}`);
    fc.assert(
      fc.property(bban, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (b, pos, delta) => {
        const iban = composeIBAN({ countryCode: 'NL', bban: b })!;
        const typed = formatIban(iban).toLowerCase();
        if (ok(optionalIban(), typed) !== iban) return false;
        const i = 8 + pos;
        const broken = `${iban.slice(0, i)}${(Number(iban[i]) + delta) % 10}${iban.slice(i + 1)}`;
        return isValidIBAN(broken) || fails(optionalIban(), broken) === 'validation.iban';
      }),
    );
    expect(formatIban('NL91ABNA0417164300')).toBe('NL91 ABNA 0417 1643 00');
  });

  it('understands Dutch and other EU VAT numbers', () => {
    expect(ok(optionalVat(), 'nl 1234.56789.B01')).toBe('NL123456789B01');
    expect(ok(optionalVat(), 'BE 0123.456.789')).toBe('BE0123456789');
    expect(ok(optionalVat(), 'DE123456789')).toBe('DE123456789');
    expect(fails(optionalVat(), 'NL123456789')).toBe('validation.vat');
    expect(fails(optionalVat(), 'XX123')).toBe('validation.vat');
  });

  it('stores phone numbers typed nationally or internationally as E.164 and shows them nationally', () => {
    expect(ok(optionalPhone(), '020-1234567')).toBe('+31201234567');
    expect(ok(optionalPhone(), '06 12345678')).toBe('+31612345678');
    expect(ok(optionalPhone(), '0031 20 1234567')).toBe('+31201234567');
    expect(ok(optionalPhone(), '+32 470 12 34 56')).toBe('+32470123456');
    expect(fails(optionalPhone(), '12345')).toBe('validation.phone');
    expect(formatPhoneNational('+31201234567')).toBe('020 123 4567');
    expect(formatPhoneNational('+32470123456')).toBe('+32 470 12 34 56');
  });

  it('reads dates the Dutch way and refuses impossible or future ones when asked', () => {
    expect(parseDutchDate('22-11-2026')).toBe('2026-11-22');
    expect(parseDutchDate('2/3/2020')).toBe('2020-03-02');
    expect(parseDutchDate('2026-11-22')).toBe('2026-11-22');
    expect(parseDutchDate('31-02-2026')).toBeNull();
    expect(fails(optionalDate(), 'gisteren')).toBe('validation.date');
    expect(fails(optionalDate({ notInFuture: true }), '01-01-2999')).toBe('validation.dateInFuture');
  });

  it('normalises initials, keeping a Th., and is idempotent', () => {
    expect(normaliseInitials('jp')).toBe('J.P.');
    expect(normaliseInitials('J P')).toBe('J.P.');
    expect(normaliseInitials('Th.J.')).toBe('Th.J.');
    fc.assert(fc.property(fc.stringMatching(/^[A-Z]{1,5}$/), (letters) => {
      const once = normaliseInitials(letters);
      return once !== null && normaliseInitials(once) === once;
    }));
  });
});
