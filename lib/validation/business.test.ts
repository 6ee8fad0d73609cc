import fc from 'fast-check';
import { composeIBAN } from 'ibantools';
import { formatIban, normaliseVat, optionalIban, optionalKvk, optionalVat } from './fields';
import { fails, ok } from './parse-for-tests';

describe('optionalKvk', () => {
  it('accepts 8 digits typed with spaces or dots and stores the digits', () => {
    expect(ok(optionalKvk(), '1234 5678')).toBe('12345678');
    expect(ok(optionalKvk(), '12.34.56.78')).toBe('12345678');
    expect(ok(optionalKvk(), '01234567')).toBe('01234567');
  });
  it('turns an empty number into null', () => expect(ok(optionalKvk(), ' ')).toBeNull());
  it('refuses letters and other separators', () => {
    for (const input of ['1234567a', 'KVK12345678', '1234-5678']) expect(fails(optionalKvk(), input)).toBe('validation.kvk');
  });
  it('accepts any 8 digits, however they are spaced', () => {
    const spaced = fc.tuple(fc.stringMatching(/^\d{8}$/), fc.integer({ min: 0, max: 8 }), fc.constantFrom('', ' ', '.', '  '));
    fc.assert(fc.property(spaced, ([kvk, at, sep]) => ok(optionalKvk(), `${kvk.slice(0, at)}${sep}${kvk.slice(at)}`) === kvk));
  });
  it('refuses 7 or 9 digits', () => {
    fc.assert(fc.property(fc.stringMatching(/^(\d{7}|\d{9})$/), (kvk) => fails(optionalKvk(), kvk) === 'validation.kvk'));
  });
});

describe('optionalVat', () => {
  it('normalises a Dutch VAT number typed with spaces, dots and lower case', () => {
    expect(ok(optionalVat(), 'nl 0044.95.445.b01')).toBe('NL004495445B01');
    expect(ok(optionalVat(), 'NL-004495445-B01')).toBe('NL004495445B01');
  });
  it('accepts a Dutch number that passes the old 11-test', () => expect(normaliseVat('NL004495445B01')).toBe('NL004495445B01'));
  it('accepts a newer Dutch sole-trader number that passes the mod-97 check', () => expect(normaliseVat('NL000099998B57')).toBe('NL000099998B57'));
  it('refuses a Dutch number that passes neither check', () => {
    expect(normaliseVat('NL123456789B01')).toBeNull();
    expect(normaliseVat('NL000099998B58')).toBeNull();
  });
  it('refuses a Dutch number without its B suffix', () => expect(fails(optionalVat(), 'NL004495445')).toBe('validation.vat'));
  it('checks the Belgian check digits', () => {
    expect(ok(optionalVat(), 'BE 0403.170.701')).toBe('BE0403170701');
    expect(normaliseVat('BE0403170702')).toBeNull();
    expect(normaliseVat('BE2403170701')).toBeNull();
  });
  it('checks the format of the other EU member states', () => {
    for (const vat of ['ATU12345678', 'DE123456789', 'FR12345678901', 'FRXX123456789', 'ESX1234567X', 'ES12345678Z', 'IT12345678901', 'LU12345678', 'DK12345678', 'SE123456789001', 'PL1234567890', 'IE1234567WA', 'IE1234567T', 'CY12345678L', 'EL123456789', 'XI123456789', 'RO1234']) {
      expect([vat, normaliseVat(vat)]).toEqual([vat, vat]);
    }
    for (const vat of ['ATU1234567', 'DE12345678', 'FR1234567890', 'IT1234567890', 'SE123456789012', 'CY123456789', 'RO0123']) {
      expect([vat, normaliseVat(vat)]).toEqual([vat, null]);
    }
  });
  it('writes a Greek number typed with GR as EL', () => expect(normaliseVat('GR 123 456 789')).toBe('EL123456789'));
  it('refuses unknown country prefixes and garbage', () => {
    for (const input of ['XX123456789', 'US123456789', '123456789', 'NL', 'btw']) expect(fails(optionalVat(), input)).toBe('validation.vat');
  });
  it('turns an empty number into null', () => expect(ok(optionalVat(), '')).toBeNull());
});

describe('optionalIban', () => {
  it('stores an IBAN typed in print form or lower case in electronic form', () => {
    expect(ok(optionalIban(), 'NL91 ABNA 0417 1643 00')).toBe('NL91ABNA0417164300');
    expect(ok(optionalIban(), ' nl91abna0417164300 ')).toBe('NL91ABNA0417164300');
    expect(ok(optionalIban(), 'IBAN NL91-ABNA-0417-1643-00')).toBe('NL91ABNA0417164300');
    expect(ok(optionalIban(), 'BE68 5390 0754 7034')).toBe('BE68539007547034');
  });
  it('turns an empty IBAN into null', () => expect(ok(optionalIban(), '')).toBeNull());
  it('refuses a wrong checksum, length or country', () => {
    for (const input of ['NL92ABNA0417164300', 'NL91ABNA041716430', 'XX91ABNA0417164300', 'ABNA0417164300']) expect(fails(optionalIban(), input)).toBe('validation.iban');
  });
  it('prints an IBAN in groups of four', () => {
    expect(formatIban('NL91ABNA0417164300')).toBe('NL91 ABNA 0417 1643 00');
    expect(formatIban('BE68539007547034')).toBe('BE68 5390 0754 7034');
  });

  const dutchIban = fc
    .tuple(fc.stringMatching(/^[A-Z]{4}$/), fc.stringMatching(/^\d{10}$/))
    .map(([bank, account]) => composeIBAN({ countryCode: 'NL', bban: `${bank}${account}` })!);

  it('accepts every Dutch IBAN with a correct checksum, typed in any case and print form', () => {
    fc.assert(fc.property(dutchIban, fc.boolean(), (iban, lower) => {
      const typed = lower ? formatIban(iban).toLowerCase() : formatIban(iban);
      expect(ok(optionalIban(), typed)).toBe(iban);
    }));
  });

  it('refuses a Dutch IBAN in which one digit was changed', () => {
    const digitPositions = [2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17];
    fc.assert(fc.property(dutchIban, fc.constantFrom(...digitPositions), fc.integer({ min: 1, max: 9 }), (iban, at, delta) => {
      const changed = `${iban.slice(0, at)}${(Number(iban[at]) + delta) % 10}${iban.slice(at + 1)}`;
      expect(fails(optionalIban(), changed)).toBe('validation.iban');
    }));
  });
});
