import { TZDate } from '@date-fns/tz';

// Activities are due in the users' time zone: dates and times of day are Amsterdam's, daylight saving included.
export const activityTimeZone = 'Europe/Amsterdam';

// The groups of the work queue, in the order they are shown.
export const dueGroups = ['overdue', 'today', 'tomorrow', 'thisWeek', 'later', 'none'] as const;
export type DueGroup = (typeof dueGroups)[number];

// How an activity can be moved in one click: a day later, to next Monday, or to a chosen date.
export type Reschedule = { to: 'nextDay' } | { to: 'nextMonday' } | { to: 'date'; date: string };

// Built once: an Intl formatter is costly to make, and a feed reads hundreds of dates.
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: activityTimeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const dateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: activityTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

// The moment a date (ISO) and an optional time of day (HH:MM) in Amsterdam begin.
export function dueInstant(dateIso: string, time: string | null): Date {
  const [y, m, d] = dateIso.split('-').map(Number);
  const [h, min] = time ? time.split(':').map(Number) : [0, 0];
  return new Date(new TZDate(y, m - 1, d, h, min, activityTimeZone).getTime());
}

// The Amsterdam calendar date (ISO) of a moment.
export function localDate(instant: Date): string {
  const parts = dateFormat.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

// The Amsterdam time of day (HH:MM) of a moment.
export function localTime(instant: Date): string {
  return timeFormat.format(instant);
}

// A calendar date `n` days after an ISO date (calendar days, not 24-hour periods).
export function addDays(dateIso: string, n: number): string {
  const d = new Date(`${dateIso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

// The first Monday after an ISO date.
export function nextMonday(dateIso: string): string {
  const weekday = (new Date(`${dateIso}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(dateIso, 7 - weekday);
}

// Where the groups of the work queue begin, as moments: today, tomorrow, the day after, and later (next Monday, or
// the day after tomorrow when that is later). "This week" runs from the day after tomorrow up to next Monday.
export type QueueBounds = { today: Date; tomorrow: Date; dayAfter: Date; later: Date };

// The queue's group boundaries for the Amsterdam day that `now` falls on.
export function queueBounds(now: Date): QueueBounds {
  const today = localDate(now);
  const dayAfter = addDays(today, 2);
  const monday = nextMonday(today);
  return {
    today: dueInstant(today, null),
    tomorrow: dueInstant(addDays(today, 1), null),
    dayAfter: dueInstant(dayAfter, null),
    later: dueInstant(monday > dayAfter ? monday : dayAfter, null),
  };
}

// The group of an open activity by its due moment: overdue is a due date before today (a time earlier today is still today).
export function dueGroup(dueAt: Date | null, bounds: QueueBounds): DueGroup {
  if (!dueAt) return 'none';
  const t = dueAt.getTime();
  if (t < bounds.today.getTime()) return 'overdue';
  if (t < bounds.tomorrow.getTime()) return 'today';
  if (t < bounds.dayAfter.getTime()) return 'tomorrow';
  if (t < bounds.later.getTime()) return 'thisWeek';
  return 'later';
}

// The new due moment after a one-click reschedule. A day later counts from the due date, or from today when the
// activity is overdue or has no date; next Monday is the coming one. The time of day stays.
export function rescheduledDue(current: { dueAt: Date | null; dueHasTime: boolean }, how: Reschedule, now: Date): Date {
  const today = localDate(now);
  const due = current.dueAt ? localDate(current.dueAt) : null;
  const base = !due || due < today ? today : due;
  const date = how.to === 'nextDay' ? addDays(base, 1) : how.to === 'nextMonday' ? nextMonday(today) : how.date;
  return dueInstant(date, current.dueAt && current.dueHasTime ? localTime(current.dueAt) : null);
}
