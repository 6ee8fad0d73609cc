import { personValueLabel } from '@/lib/persons/labels';
import { lookupsOf } from '@/lib/testing/fixtures';
import type { HistoryEntry } from './queries';
import { showValue, shownHistory } from './shown-history';

const entry = (id: number, action: string, changes: HistoryEntry['changes']): HistoryEntry => ({ id, action, at: '2026-12-01T20:06:00.000Z', by: 'Test', changes });
const label = personValueLabel(lookupsOf({}), 'nl');

describe('the history as it is shown', () => {
  it('shows a date as a date and a moment to the minute, in the user’s language', () => {
    expect(showValue('2026-12-01', 'nl')).toBe('01-12-2026');
    expect(showValue('2026-12-01', 'en')).toBe('01/12/2026');
    expect(showValue('2026-12-01T20:05:33.120Z', 'nl')).toBe('01-12-2026, 21:05');
    expect([showValue(true, 'nl'), showValue(false, 'nl'), showValue(null, 'nl'), showValue('', 'nl')]).toEqual(['✓', '✗', '—', '—']);
  });

  it('leaves out a change that reads the same, and an entry with nothing else to show', () => {
    const entries = [
      entry(3, 'update', { marketingConsentAt: ['2026-12-01T20:05:10.000Z', '2026-12-01T20:05:50.000Z'] }),
      entry(2, 'update', { marketingConsent: [false, true], marketingConsentAt: ['2026-12-01T20:05:01.000Z', '2026-12-01T20:05:10.000Z'], dateOfBirth: ['1980-02-03', '1980-03-02'] }),
      entry(1, 'create', { lastName: [null, 'Jansen'] }),
    ];
    expect(shownHistory(entries, 'nl', label).map((e) => [e.id, e.changes])).toEqual([
      [
        2,
        [
          { field: 'marketingConsent', before: '✗', after: '✓' },
          { field: 'dateOfBirth', before: '03-02-1980', after: '02-03-1980' },
        ],
      ],
      [1, []],
    ]);
  });

  it('keeps a change of the moment once the minute differs, and entries that never listed fields', () => {
    const entries = [entry(2, 'delete', {}), entry(1, 'update', { marketingConsentAt: ['2026-12-01T20:05:10.000Z', '2026-12-01T20:06:00.000Z'] })];
    expect(shownHistory(entries, 'nl', label).map((e) => [e.id, e.changes])).toEqual([
      [2, []],
      [1, [{ field: 'marketingConsentAt', before: '01-12-2026, 21:05', after: '01-12-2026, 21:06' }]],
    ]);
  });
});
