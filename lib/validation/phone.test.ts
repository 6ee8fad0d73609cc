import { formatPhoneNational, normalisePhone, optionalPhone } from './fields';
import { fails, ok } from './parse-for-tests';

describe('optionalPhone', () => {
  it('stores Dutch numbers typed nationally as E.164', () => {
    expect(ok(optionalPhone(), '020-1234567')).toBe('+31201234567');
    expect(ok(optionalPhone(), '06 12345678')).toBe('+31612345678');
    expect(ok(optionalPhone(), '(020) 123 45 67')).toBe('+31201234567');
    expect(ok(optionalPhone(), '088-1234567')).toBe('+31881234567');
  });
  it('stores numbers typed internationally as E.164', () => {
    expect(ok(optionalPhone(), '+31 20 1234567')).toBe('+31201234567');
    expect(ok(optionalPhone(), '0031 20 1234567')).toBe('+31201234567');
    expect(ok(optionalPhone(), '+31 (0)20 123 4567')).toBe('+31201234567');
    expect(ok(optionalPhone(), '+32 2 123 45 67')).toBe('+3221234567');
    expect(ok(optionalPhone(), '+32 470 12 34 56')).toBe('+32470123456');
    expect(ok(optionalPhone(), '+49 30 123456')).toBe('+4930123456');
    expect(ok(optionalPhone(), '0044 20 7946 0958')).toBe('+442079460958');
  });
  it('turns an empty number into null', () => expect(ok(optionalPhone(), ' ')).toBeNull());
  it('refuses numbers that are too short, too long or not in the Dutch numbering plan', () => {
    for (const input of ['12345', '020 123456', '06-1234567', '020 12345678', '+31 6 0000 0000', '+32 12']) {
      expect([input, fails(optionalPhone(), input)]).toEqual([input, 'validation.phone']);
    }
  });
  it('refuses text with letters, even if it contains a number', () => {
    for (const input of ['abc 020 1234567', '020 1234567 ext 12', 'bellen', '+', '--']) expect(fails(optionalPhone(), input)).toBe('validation.phone');
  });
  it('reads national numbers for another default country', () => {
    expect(normalisePhone('02 512 34 56', 'BE')).toBe('+3225123456');
    expect(ok(optionalPhone('BE'), '0470 12 34 56')).toBe('+32470123456');
  });
});

describe('formatPhoneNational', () => {
  it('shows a Dutch number in national form', () => {
    expect(formatPhoneNational('+31201234567')).toBe('020 123 4567');
    expect(formatPhoneNational('+31612345678')).toBe('06 12345678');
  });
  it('shows a foreign number in international form', () => {
    expect(formatPhoneNational('+32470123456')).toBe('+32 470 12 34 56');
    expect(formatPhoneNational('+4930123456')).toBe('+49 30 123456');
  });
  it('leaves a value it cannot read as it is', () => expect(formatPhoneNational('onbekend')).toBe('onbekend'));
});
