import fc from 'fast-check';
import { z } from 'zod';
import { countryCode, normalisePostcode, optionalPostcode, optionalText, withPostcodeCheck, checkbox } from './fields';
import { fails, ok } from './parse-for-tests';

describe('normalisePostcode for the Netherlands', () => {
  it('normalises a Dutch postcode typed in lower case without a space', () => expect(normalisePostcode('1234ab')).toBe('1234 AB'));
  it('normalises a Dutch postcode typed with two spaces or a dash', () => {
    expect(normalisePostcode('1234  ab')).toBe('1234 AB');
    expect(normalisePostcode('1234-AB')).toBe('1234 AB');
    expect(normalisePostcode(' 1234 AB ')).toBe('1234 AB');
  });
  it('refuses a postcode starting with 0', () => expect(normalisePostcode('0123 AB')).toBeNull());
  it('reads the country in any case', () => expect(normalisePostcode('1234ab', ' nl ')).toBe('1234 AB'));
  it('refuses the letter pairs SA, SD and SS', () => {
    for (const letters of ['SA', 'SD', 'SS', 'sa']) expect(normalisePostcode(`1234 ${letters}`)).toBeNull();
  });
  it('refuses incomplete or foreign-looking postcodes', () => {
    for (const input of ['1234', '1234 A', '12345 AB', '1234 A1', 'AB 1234', '']) expect(normalisePostcode(input)).toBeNull();
  });

  const letters = fc.stringMatching(/^[A-Z]{2}$/).filter((l) => !['SA', 'SD', 'SS'].includes(l));
  const casing = fc.array(fc.boolean(), { minLength: 2, maxLength: 2 });
  const valid = fc.tuple(fc.integer({ min: 1000, max: 9999 }), letters);

  it('normalises any valid Dutch postcode, in any case and spacing, to its canonical form', () => {
    fc.assert(fc.property(valid, fc.constantFrom('', ' ', '  ', '-', ' - '), casing, fc.constantFrom('', ' '), ([digits, pair], sep, lower, pad) => {
      const typed = `${pad}${digits}${sep}${[...pair].map((c, i) => (lower[i] ? c.toLowerCase() : c)).join('')}${pad}`;
      expect(normalisePostcode(typed)).toBe(`${digits} ${pair}`);
    }));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), fc.constantFrom('NL', 'BE', 'DE', 'GB', ''), (typed, country) => {
      const once = normalisePostcode(typed, country);
      if (once !== null) expect(normalisePostcode(once, country)).toBe(once);
    }));
  });
});

describe('normalisePostcode for other countries', () => {
  it('checks Belgian, German and French postcodes as digits, dropping a country letter', () => {
    expect(normalisePostcode('1000', 'BE')).toBe('1000');
    expect(normalisePostcode('B-2000', 'BE')).toBe('2000');
    expect(normalisePostcode('0100', 'BE')).toBeNull();
    expect(normalisePostcode('10115', 'DE')).toBe('10115');
    expect(normalisePostcode('1011', 'DE')).toBeNull();
    expect(normalisePostcode('75001', 'FR')).toBe('75001');
  });
  it('upper-cases and trims a postcode of another country, up to 10 characters', () => {
    expect(normalisePostcode(' sw1a  1aa ', 'GB')).toBe('SW1A 1AA');
    expect(normalisePostcode('1000-001', 'PT')).toBe('1000-001');
    expect(normalisePostcode('12345678901', 'US')).toBeNull();
    expect(normalisePostcode('12#4', 'US')).toBeNull();
  });
});

describe('optionalPostcode', () => {
  it('checks for the given country', () => {
    expect(ok(optionalPostcode('NL'), '1234ab')).toBe('1234 AB');
    expect(fails(optionalPostcode('NL'), '123')).toBe('validation.postcode');
  });
  it('without a country, accepts the general form only', () => {
    expect(ok(optionalPostcode(), '1234ab')).toBe('1234AB');
    expect(fails(optionalPostcode(), 'x'.repeat(11))).toBe('validation.postcode');
  });
  it('turns an empty postcode into null', () => expect(ok(optionalPostcode('NL'), '  ')).toBeNull());
});

describe('withPostcodeCheck', () => {
  const address = z.object({ postcode: optionalPostcode(), country: countryCode(), city: optionalText() });
  const schema = withPostcodeCheck(address, 'postcode', 'country');

  it('normalises the postcode for the chosen country', () => {
    expect(ok(schema, { postcode: '1234ab', country: 'NL', city: 'Utrecht' })).toEqual({ postcode: '1234 AB', country: 'NL', city: 'Utrecht' });
    expect(ok(schema, { postcode: '1234ab', country: '', city: '' })).toEqual({ postcode: '1234 AB', country: 'NL', city: null });
    expect(ok(schema, { postcode: 'B-1000', country: 'be' })).toMatchObject({ postcode: '1000', country: 'BE' });
  });

  it('reports a postcode that does not fit the country at the postcode field', () => {
    const r = schema.safeParse({ postcode: '12345', country: 'NL' });
    expect(r.success).toBe(false);
    expect(r.error!.issues).toEqual([expect.objectContaining({ path: ['postcode'], message: 'validation.postcode' })]);
  });

  it('reports the postcode together with errors in other fields', () => {
    const r = schema.safeParse({ postcode: '12345', country: 'NL', city: 'x'.repeat(201) });
    expect(r.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['city', 'postcode']);
  });

  it('leaves an empty postcode alone', () => expect(ok(schema, { postcode: '', country: 'DE' })).toMatchObject({ postcode: null }));

  it('can be skipped, for instance when the postal address is the visiting address', () => {
    const postal = z.object({ same: checkbox(), postcode: optionalText(), country: countryCode() });
    const skipping = withPostcodeCheck(postal, 'postcode', 'country', { skip: (v) => v.same });
    expect(ok(skipping, { same: 'on', postcode: 'whatever', country: 'NL' })).toMatchObject({ postcode: 'whatever' });
    expect(fails(skipping, { same: '', postcode: 'whatever', country: 'NL' })).toBe('validation.postcode');
    expect(fails(skipping, undefined)).toBe('validation.required');
  });

  it('can check two addresses of one form', () => {
    const two = z.object({ visitPostcode: optionalText(), visitCountry: countryCode(), postalPostcode: optionalText(), postalCountry: countryCode() });
    const both = withPostcodeCheck(withPostcodeCheck(two, 'visitPostcode', 'visitCountry'), 'postalPostcode', 'postalCountry');
    expect(ok(both, { visitPostcode: '1234ab', visitCountry: 'NL', postalPostcode: '10115', postalCountry: 'DE' })).toMatchObject({ visitPostcode: '1234 AB', postalPostcode: '10115' });
  });
});
