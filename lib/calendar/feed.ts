import ical, { ICalAlarmType } from 'ical-generator';
import { addDays, localDate } from '@/lib/activities/due';
import { ownerPath, type ActivityRow } from '@/lib/activities/rows';
import { foldLines } from './fold';

// What the calendar texts need: a label per activity kind, the calendar's name, and the app's address for links.
export type FeedTexts = { name: string; kind: (kind: ActivityRow['kind']) => string };

const minutes = (n: number) => n * 60_000;

// The iCalendar text (RFC 5545) with one event per activity: a timed activity at its moment (UTC, so every calendar shows it at the
// right local time across daylight saving), one with a date only as an all-day event on its Amsterdam date; each
// with a link to its record, and a reminder 15 minutes ahead for timed ones.
export function activitiesCalendar(rows: ActivityRow[], texts: FeedTexts, origin: string): string {
  const calendar = ical({ name: texts.name, prodId: { company: 'Relatio', product: 'Relatio', language: 'NL' }, ttl: 900 });
  for (const row of rows) {
    if (!row.dueAt) continue;
    const url = `${origin}${ownerPath(row.owner)}`;
    const due = new Date(row.dueAt);
    const day = localDate(due);
    const event = calendar.createEvent({
      id: `activity-${row.id}@relatio`,
      summary: `${texts.kind(row.kind)}: ${row.subject}`,
      description: [row.description, row.owner.name, url].filter(Boolean).join('\n\n'),
      url,
      sequence: row.version,
      stamp: new Date(row.createdAt),
      ...(row.dueHasTime
        ? { start: due, end: new Date(due.getTime() + minutes(row.kind === 'meeting' ? 60 : 30)) }
        : { start: new Date(`${day}T00:00:00Z`), end: new Date(`${addDays(day, 1)}T00:00:00Z`), allDay: true }),
    });
    if (row.dueHasTime) event.createAlarm({ type: ICalAlarmType.display, trigger: 900, description: row.subject });
  }
  // ical-generator writes the calendar and each event; the events are folded here (see foldLines).
  const shell = ical({ name: texts.name, prodId: { company: 'Relatio', product: 'Relatio', language: 'NL' }, ttl: 900 }).toString();
  const events = foldLines(calendar.events().map((e) => e.toString()).join(''));
  return shell.replace(/END:VCALENDAR\s*$/, `${events}END:VCALENDAR\r\n`);
}
