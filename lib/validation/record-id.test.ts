import { maxRecordId, parseRecordId } from './record-id';
import { queryText } from './query-text';

describe('a record id from the address', () => {
  it('accepts the ids records can have', () => {
    expect(parseRecordId('1')).toBe(1);
    expect(parseRecordId(String(maxRecordId))).toBe(maxRecordId);
  });

  it.each(['0', '-1', '01', '1.5', '1e3', ' 1', 'abc', '', '2147483648', '99999999999', '9007199254740993', '0x10'])('refuses %j', (value) => {
    expect(parseRecordId(value)).toBeNull();
  });
});

describe('what was typed into a picker', () => {
  it('loses NUL and other control characters, and is cut at the limit', () => {
    expect(queryText('a\u0000b\tc')).toBe('a b c');
    expect(queryText('x'.repeat(500))).toHaveLength(100);
    expect(queryText(null)).toBe('');
  });
});
