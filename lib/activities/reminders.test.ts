import { freshReminders, nextPollDelay, reminderKey } from './reminders';

const r = (id: number, dueAt: string) => ({ id, kind: 'call', subject: `s${id}`, dueAt, record: 'X', href: '/organisations/1' });

describe('in-app reminders', () => {
  it('pops up only what came due since the last poll and was not shown yet', () => {
    const due = [r(1, '2026-12-01T09:00:00Z'), r(2, '2026-12-01T08:00:00Z'), r(3, '2026-12-01T09:05:00Z')];
    const since = new Date('2026-12-01T08:30:00Z').getTime();
    expect(freshReminders(due, since, new Set()).map((x) => x.id)).toEqual([1, 3]);
    expect(freshReminders(due, since, new Set([reminderKey(due[0])])).map((x) => x.id)).toEqual([3]);
  });

  it('reminds again of a rescheduled activity', () => {
    const shown = new Set([reminderKey(r(1, '2026-12-01T09:00:00Z'))]);
    expect(freshReminders([r(1, '2026-12-02T09:00:00Z')], 0, shown)).toHaveLength(1);
  });

  it('polls when the next activity comes due, at most a minute later', () => {
    const now = new Date('2026-12-01T09:00:00Z').getTime();
    expect(nextPollDelay(now, '2026-12-01T09:00:20Z')).toBe(20_500);
    expect(nextPollDelay(now, '2026-12-01T10:00:00Z')).toBe(60_000);
    expect(nextPollDelay(now, null)).toBe(60_000);
    expect(nextPollDelay(now, '2026-12-01T08:59:00Z')).toBe(1000);
  });
});
