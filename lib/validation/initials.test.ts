import fc from 'fast-check';
import { initials, normaliseInitials } from './fields';
import { fails, ok } from './parse-for-tests';

describe('normaliseInitials', () => {
  it('writes initials typed in lower case without dots as capitals with dots', () => expect(normaliseInitials('jp')).toBe('J.P.'));
  it('normalises initials typed with spaces, dots or a missing dot', () => {
    for (const input of ['J P', 'j.p.', 'JP.', 'J.P', ' j. p. ', 'J.-P.']) expect([input, normaliseInitials(input)]).toEqual([input, 'J.P.']);
  });
  it('keeps an abbreviated name such as Th. typed with a lower-case second letter', () => {
    expect(normaliseInitials('Th.J.')).toBe('Th.J.');
    expect(normaliseInitials('th.j.')).toBe('T.H.J.');
    expect(normaliseInitials('J.Chr.')).toBe('J.Chr.');
    expect(normaliseInitials('Th J')).toBe('T.H.J.');
  });
  it('handles letters with accents', () => expect(normaliseInitials('é.m.')).toBe('É.M.'));
  it('refuses digits, other signs and too many initials', () => {
    for (const input of ['J2', 'J,P', 'J&P', 'ABCDEFGHIJK', '...']) expect([input, normaliseInitials(input)]).toEqual([input, null]);
  });
  it('is idempotent', () => {
    const typed = fc.string({ unit: fc.constantFrom('a', 'B', 'c', 'h', 'T', 'j', 'é', '.', ' ', '-'), maxLength: 14 });
    fc.assert(fc.property(typed, (input) => {
      const once = normaliseInitials(input);
      if (once !== null) expect(normaliseInitials(once)).toBe(once);
    }));
  });
  it('always writes a letter group followed by a dot', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-zA-Z. ]{1,12}$/), (input) => {
      const out = normaliseInitials(input);
      if (out !== null) expect(out).toMatch(/^(\p{Lu}\p{Ll}{0,2}\.)+$/u);
    }));
  });
});

describe('initials', () => {
  it('normalises the initials', () => expect(ok(initials(), 'jp')).toBe('J.P.'));
  it('turns empty initials into null', () => expect(ok(initials(), '')).toBeNull());
  it('refuses what are not initials', () => expect(fails(initials(), 'J. 2')).toBe('validation.initials'));
});
