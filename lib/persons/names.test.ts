import fc from 'fast-check';
import { displayName, fold, personSearchTerms, sortedName } from './names';

describe('Dutch names', () => {
  const jan = { firstName: 'Jan', namePrefix: 'van den', lastName: 'Berg' };

  it('writes the name with its tussenvoegsel and sorts it under the last name', () => {
    expect(displayName(jan)).toBe('Jan van den Berg');
    expect(sortedName(jan)).toBe('Berg, Jan van den');
    expect(sortedName({ lastName: 'Jansen' })).toBe('Jansen');
    expect(displayName({ initials: 'J.P.', lastName: 'Balkenende' })).toBe('J.P. Balkenende');
  });

  it('finds "van den Berg", "Berg" and "vd berg" with the same search words', () => {
    expect(personSearchTerms('van den Berg')).toEqual(['berg']);
    expect(personSearchTerms('Berg')).toEqual(['berg']);
    expect(personSearchTerms('vd berg')).toEqual(['berg']);
    expect(personSearchTerms('v.d. Berg')).toEqual(['berg']);
    expect(personSearchTerms('Jan v/d Berg')).toEqual(['jan', 'berg']);
  });

  it('keeps a search made only of tussenvoegsels', () => {
    expect(personSearchTerms('van der')).toEqual(['van', 'der']);
  });

  it('folds accents and case like the database', () => {
    expect(fold('  Çelik   Ölmez ')).toBe('celik olmez');
    fc.assert(fc.property(fc.string(), (s) => fold(fold(s)) === fold(s)));
  });
});
