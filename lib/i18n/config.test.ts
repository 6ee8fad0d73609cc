import { localeFromAcceptLanguage } from './config';

describe('localeFromAcceptLanguage', () => {
  it('picks the highest-ranked supported language', () => {
    expect(localeFromAcceptLanguage('de-DE,fr-BE;q=0.8,en;q=0.5')).toBe('fr');
    expect(localeFromAcceptLanguage('en-GB,en;q=0.9,nl;q=0.8')).toBe('en');
  });
  it('falls back to Dutch when nothing matches or the header is missing', () => {
    expect(localeFromAcceptLanguage('de,es;q=0.3')).toBe('nl');
    expect(localeFromAcceptLanguage(undefined)).toBe('nl');
  });
  it('ignores languages ranked q=0', () => {
    expect(localeFromAcceptLanguage('fr;q=0,en;q=0.2')).toBe('en');
  });
});
