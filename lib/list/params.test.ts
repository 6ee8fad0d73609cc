import { criterionDate, listHref, listQuery, parseListState } from './params';

const keys = ['city', 'status'] as const;

describe('list state in the URL', () => {
  it('falls back to defaults for nonsense instead of failing', () => {
    const s = parseListState({ page: 'x', per: '7', dir: 'sideways', sort: 'name;drop', cols: '<b>' }, keys);
    expect(s).toMatchObject({ page: 1, per: 25, dir: 'asc', sort: null, cols: null, q: '' });
  });

  it('reads search, criteria, sort, page, page size and columns', () => {
    const s = parseListState({ q: ' berg ', city: 'Utrecht', status: '3', sort: 'name', dir: 'desc', page: '4', per: '50', cols: 'name,city' }, keys);
    expect(s).toEqual({ q: 'berg', criteria: { city: 'Utrecht', status: '3' }, sort: 'name', dir: 'desc', page: 4, per: 50, cols: ['name', 'city'] });
  });

  it('round-trips through the query string, leaving defaults out', () => {
    const s = parseListState({ q: 'van den', city: 'Den Haag', sort: 'city', dir: 'desc', page: '2' }, keys);
    const again = parseListState(Object.fromEntries(new URLSearchParams(listQuery(s))), keys);
    expect(again).toEqual(s);
    expect(listHref('/organisations', parseListState({}, keys))).toBe('/organisations');
  });

  it('applies a patch, e.g. the next page', () => {
    const s = parseListState({ q: 'a' }, keys);
    expect(listHref('/x', s, { page: 3 })).toBe('/x?q=a&page=3');
  });
});

describe('a date criterion', () => {
  it('is read as typed the Dutch way or as ISO, and ignored when it is no date', () => {
    expect(criterionDate('22-11-2026')).toBe('2026-11-22');
    expect(criterionDate('2026-11-22')).toBe('2026-11-22');
    expect(criterionDate('31-02-2026')).toBeNull();
    expect(criterionDate('soon')).toBeNull();
    expect(criterionDate(undefined)).toBeNull();
  });
});
