import { foldLines } from './fold';

const octets = (s: string) => Buffer.byteLength(s);

describe('folding iCalendar lines', () => {
  it('leaves short lines alone', () => {
    expect(foldLines('BEGIN:VEVENT\r\nSUMMARY:Bellen\r\n')).toBe('BEGIN:VEVENT\r\nSUMMARY:Bellen\r\n');
  });

  it('folds long lines at 75 octets with a leading space, and unfolding gives the line back', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`;
    const folded = foldLines(line);
    expect(folded.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
    expect(folded.split('\r\n').slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('never splits a character of more than one octet', () => {
    const line = `SUMMARY:${'é€😀'.repeat(40)}`;
    const parts = foldLines(line).split('\r\n');
    expect(parts.every((l) => octets(l) <= 75)).toBe(true);
    expect(parts.join('').replace(/^(.)/, '$1')).not.toContain('\uFFFD');
    expect(foldLines(line).replace(/\r\n /g, '')).toBe(line);
  });
});
