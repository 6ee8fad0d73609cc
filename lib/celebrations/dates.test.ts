import { addMonths, ageOn, birthdayIn, birthdayWindow, jubileeBetween, jubileeYears } from './dates';

describe('birthdays', () => {
  it('celebrates 29 February on 28 February outside leap years', () => {
    expect(birthdayIn('1988-02-29', 2027)).toBe('2027-02-28');
    expect(birthdayIn('1988-02-29', 2028)).toBe('2028-02-29');
    expect(birthdayIn('1990-11-05', 2026)).toBe('2026-11-05');
    expect(ageOn('1988-02-29', '2027-02-28')).toBe(39);
  });

  it('looks seven days ahead, today included, across the turn of the year', () => {
    expect(birthdayWindow('2026-12-28').map((w) => w.key)).toEqual([1228, 1229, 1230, 1231, 101, 102, 103]);
    expect(birthdayWindow('2026-12-28').at(-1)).toEqual({ key: 103, date: '2027-01-03' });
  });

  it('lets 28 February stand for 29 February in a year without it, but not in a leap year', () => {
    const plain = birthdayWindow('2027-02-26');
    expect(plain.filter((w) => w.key === 229)).toEqual([{ key: 229, date: '2027-02-28' }]);
    expect(plain.map((w) => w.key)).toEqual([226, 227, 228, 229, 301, 302, 303, 304]);
    const leap = birthdayWindow('2028-02-26');
    expect(leap.map((w) => w.key)).toEqual([226, 227, 228, 229, 301, 302, 303]);
    expect(leap.find((w) => w.key === 229)?.date).toBe('2028-02-29');
  });
});

describe('employment jubilees', () => {
  it('adds months as PostgreSQL does, keeping to the end of a shorter month', () => {
    expect(addMonths('2016-02-29', 120)).toBe('2026-02-28');
    expect(addMonths('2014-08-31', 150)).toBe('2027-02-28');
    expect(addMonths('2015-08-31', 150)).toBe('2028-02-29');
    expect(addMonths('2014-06-15', 150)).toBe('2026-12-15');
  });

  it('finds 5, 10, 12½, 25 … years in a window', () => {
    expect(jubileeBetween('2014-06-15', '2026-12-01', '2026-12-30')).toEqual({ months: 150, date: '2026-12-15' });
    expect(jubileeBetween('2001-12-20', '2026-12-01', '2026-12-30')).toEqual({ months: 300, date: '2026-12-20' });
    expect(jubileeBetween('2021-12-02', '2026-12-01', '2026-12-30')).toEqual({ months: 60, date: '2026-12-02' });
    expect(jubileeBetween('2023-12-02', '2026-12-01', '2026-12-30')).toBeNull(); // 3 years
    expect(jubileeBetween('2016-02-29', '2026-02-01', '2026-02-28')).toEqual({ months: 120, date: '2026-02-28' });
    expect([60, 150, 300].map(jubileeYears)).toEqual(['5', '12½', '25']);
  });
});
