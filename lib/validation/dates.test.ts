import { z } from 'zod';
import { endNotBeforeStart, optionalDate, parseDutchDate, todayIso } from './fields';
import { fails, ok } from './parse-for-tests';

describe('parseDutchDate', () => {
  it('reads an ISO date', () => expect(parseDutchDate('2026-11-22')).toBe('2026-11-22'));
  it('reads a Dutch date with dashes, slashes or dots', () => {
    expect(parseDutchDate('22-11-2026')).toBe('2026-11-22');
    expect(parseDutchDate('22/11/2026')).toBe('2026-11-22');
    expect(parseDutchDate('22.11.2026')).toBe('2026-11-22');
  });
  it('reads single-digit days and months', () => {
    expect(parseDutchDate('2-3-2020')).toBe('2020-03-02');
    expect(parseDutchDate(' 2/3/2020 ')).toBe('2020-03-02');
  });
  it('accepts 29 February in a leap year only', () => {
    expect(parseDutchDate('29-02-2024')).toBe('2024-02-29');
    expect(parseDutchDate('29-02-2026')).toBeNull();
  });
  it('refuses impossible dates', () => {
    for (const input of ['31-02-2026', '32-01-2026', '00-01-2026', '01-13-2026', '2026-02-30', '2026-00-10']) expect([input, parseDutchDate(input)]).toEqual([input, null]);
  });
  it('refuses two-digit years, mixed separators and other text', () => {
    for (const input of ['22-11-26', '22-11/2026', '2026/11/22', '22 november 2026', 'gisteren', '', '0999-01-01']) expect([input, parseDutchDate(input)]).toEqual([input, null]);
  });
});

describe('optionalDate', () => {
  afterEach(() => jest.useRealTimers());

  it('returns the ISO date', () => expect(ok(optionalDate(), '22-11-2026')).toBe('2026-11-22'));
  it('turns an empty date into null', () => {
    for (const input of ['', ' ', undefined, null]) expect(ok(optionalDate(), input)).toBeNull();
  });
  it('refuses what is not a date', () => {
    expect(fails(optionalDate(), 'gisteren')).toBe('validation.date');
    expect(fails(optionalDate(), '31-02-2026')).toBe('validation.date');
  });
  it('accepts a future date unless asked not to', () => {
    expect(ok(optionalDate(), '01-01-2999')).toBe('2999-01-01');
    expect(fails(optionalDate({ notInFuture: true }), '01-01-2999')).toBe('validation.dateInFuture');
  });
  it('accepts today when future dates are refused, going by Dutch time', () => {
    jest.useFakeTimers({ now: new Date('2026-03-01T23:30:00Z') });
    expect(todayIso()).toBe('2026-03-02');
    expect(ok(optionalDate({ notInFuture: true }), '02-03-2026')).toBe('2026-03-02');
    expect(fails(optionalDate({ notInFuture: true }), '03-03-2026')).toBe('validation.dateInFuture');
  });
});

describe('endNotBeforeStart', () => {
  const period = endNotBeforeStart(z.object({ start: optionalDate(), end: optionalDate() }), 'start', 'end');

  it('accepts an end after or on the start', () => {
    expect(ok(period, { start: '01-01-2026', end: '31-12-2026' })).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(ok(period, { start: '01-01-2026', end: '2026-01-01' })).toEqual({ start: '2026-01-01', end: '2026-01-01' });
  });
  it('reports an end before the start at the end field', () => {
    const r = period.safeParse({ start: '02-01-2026', end: '01-01-2026' });
    expect(r.error!.issues).toEqual([expect.objectContaining({ path: ['end'], message: 'validation.endBeforeStart' })]);
  });
  it('says nothing when either date is missing or not a date', () => {
    expect(ok(period, { start: '', end: '01-01-2026' })).toEqual({ start: null, end: '2026-01-01' });
    expect(period.safeParse({ start: 'morgen', end: '01-01-2000' }).error!.issues.map((i) => i.message)).toEqual(['validation.date']);
  });
  it('compares date-times with dates on the day', () => {
    const mixed = endNotBeforeStart(z.object({ from: z.string(), until: z.union([z.string(), z.date()]) }), 'from', 'until');
    expect(mixed.safeParse({ from: '2026-01-01T10:00', until: '2026-01-01' }).success).toBe(true);
    expect(mixed.safeParse({ from: '2026-01-01T10:00', until: '2026-01-01T09:59' }).success).toBe(false);
    expect(mixed.safeParse({ from: '2026-01-02', until: new Date('2026-01-01T12:00:00Z') }).success).toBe(false);
  });
});
