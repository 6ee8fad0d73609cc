import { addDays, dueGroup, dueInstant, localDate, localTime, nextMonday, queueBounds, rescheduledDue } from './due';

const at = (iso: string) => new Date(iso);

describe('due moments in Amsterdam', () => {
  it('turns a date and time of day into the right moment in winter and in summer time', () => {
    expect(dueInstant('2026-01-15', '14:30').toISOString()).toBe('2026-01-15T13:30:00.000Z');
    expect(dueInstant('2026-07-15', '14:30').toISOString()).toBe('2026-07-15T12:30:00.000Z');
    expect(dueInstant('2026-07-15', null).toISOString()).toBe('2026-07-14T22:00:00.000Z');
  });

  it('reads the local date and time back from a moment', () => {
    expect(localDate(at('2026-07-14T22:00:00Z'))).toBe('2026-07-15');
    expect(localTime(at('2026-07-15T12:30:00Z'))).toBe('14:30');
    expect(localTime(at('2026-01-15T23:05:00Z'))).toBe('00:05');
  });

  it('counts calendar days and finds next Monday', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(nextMonday('2026-12-01')).toBe('2026-12-07'); // a Tuesday
    expect(nextMonday('2026-12-07')).toBe('2026-12-14'); // a Monday: the next one
    expect(nextMonday('2026-12-06')).toBe('2026-12-07'); // a Sunday
  });
});

describe('work queue groups', () => {
  it('switches day at Amsterdam midnight, not at UTC midnight', () => {
    const before = queueBounds(at('2026-11-30T22:59:59Z')); // 23:59:59 on Monday 30 November
    const after = queueBounds(at('2026-11-30T23:00:00Z')); // 00:00 on Tuesday 1 December
    const dueOn1Dec = dueInstant('2026-12-01', '09:00');
    expect(dueGroup(dueOn1Dec, before)).toBe('tomorrow');
    expect(dueGroup(dueOn1Dec, after)).toBe('today');
    expect(dueGroup(dueInstant('2026-11-30', '23:30'), after)).toBe('overdue');
    expect(dueGroup(dueInstant('2026-11-30', null), before)).toBe('today');
  });

  it('groups overdue, today, tomorrow, this week, later and no date', () => {
    const bounds = queueBounds(at('2026-12-01T10:00:00Z')); // Tuesday
    expect(dueGroup(dueInstant('2026-11-30', null), bounds)).toBe('overdue');
    expect(dueGroup(dueInstant('2026-12-01', '08:00'), bounds)).toBe('today'); // earlier today: still today
    expect(dueGroup(dueInstant('2026-12-02', '23:59'), bounds)).toBe('tomorrow');
    expect(dueGroup(dueInstant('2026-12-03', null), bounds)).toBe('thisWeek');
    expect(dueGroup(dueInstant('2026-12-06', '23:59'), bounds)).toBe('thisWeek'); // Sunday
    expect(dueGroup(dueInstant('2026-12-07', null), bounds)).toBe('later'); // next Monday
    expect(dueGroup(null, bounds)).toBe('none');
  });

  it('has no "this week" on a Saturday or Sunday: the day after tomorrow is already next week', () => {
    const saturday = queueBounds(at('2026-12-05T10:00:00Z'));
    expect(saturday.later.getTime()).toBe(saturday.dayAfter.getTime());
    expect(dueGroup(dueInstant('2026-12-07', null), saturday)).toBe('later');
    const sunday = queueBounds(at('2026-12-06T10:00:00Z'));
    expect(dueGroup(dueInstant('2026-12-07', '09:00'), sunday)).toBe('tomorrow');
    expect(dueGroup(dueInstant('2026-12-08', null), sunday)).toBe('later');
  });

  it('gives the short day of the spring change 23 hours and the long autumn day 25', () => {
    const spring = queueBounds(at('2026-03-29T12:00:00Z'));
    expect(spring.today.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(spring.tomorrow.toISOString()).toBe('2026-03-29T22:00:00.000Z');
    const autumn = queueBounds(at('2026-10-25T12:00:00Z'));
    expect(autumn.today.toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(autumn.tomorrow.toISOString()).toBe('2026-10-25T23:00:00.000Z');
    // 23:30 local on the long day is still that day; 00:30 local on the short day is that day too.
    expect(dueGroup(at('2026-10-25T22:30:00Z'), autumn)).toBe('today');
    expect(dueGroup(at('2026-03-28T23:30:00Z'), spring)).toBe('today');
  });
});

describe('rescheduling', () => {
  const now = at('2026-03-27T10:00:00Z'); // Friday 27 March, winter time

  it('moves a day later keeping the time of day across the daylight saving change', () => {
    const due = { dueAt: dueInstant('2026-03-28', '10:00'), dueHasTime: true };
    const moved = rescheduledDue(due, { to: 'nextDay' }, now);
    expect(moved.toISOString()).toBe('2026-03-29T08:00:00.000Z'); // 10:00 summer time, not 11:00
    expect(localTime(moved)).toBe('10:00');
  });

  it('moves an overdue activity to tomorrow, and one without date too', () => {
    expect(localDate(rescheduledDue({ dueAt: dueInstant('2026-03-20', null), dueHasTime: false }, { to: 'nextDay' }, now))).toBe('2026-03-28');
    expect(localDate(rescheduledDue({ dueAt: null, dueHasTime: false }, { to: 'nextDay' }, now))).toBe('2026-03-28');
  });

  it('moves to the coming Monday or a chosen date, date-only staying date-only', () => {
    const dateOnly = { dueAt: dueInstant('2026-03-27', null), dueHasTime: false };
    expect(rescheduledDue(dateOnly, { to: 'nextMonday' }, now).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(rescheduledDue({ dueAt: dueInstant('2026-03-27', '16:15'), dueHasTime: true }, { to: 'date', date: '2026-11-02' }, now).toISOString()).toBe('2026-11-02T15:15:00.000Z');
  });
});
