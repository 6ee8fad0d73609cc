import { formatDate, formatMoney, formatNumber } from './format';

describe('formatting per language', () => {
  it('writes dates the Dutch way in Dutch and the British way in English', () => {
    expect(formatDate('2026-11-22', 'nl')).toBe('22-11-2026');
    expect(formatDate('2026-11-22', 'en')).toBe('22/11/2026');
    expect(formatDate('2026-11-22', 'fr')).toBe('22/11/2026');
  });
  it('groups digits per language', () => {
    expect(formatNumber(1284, 'nl')).toBe('1.284');
    expect(formatNumber(1284, 'en')).toBe('1,284');
  });
  it('formats euro amounts', () => {
    expect(formatMoney(1234.5, 'nl')).toMatch(/€\s?1\.234,50/);
  });
});
