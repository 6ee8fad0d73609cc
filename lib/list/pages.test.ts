import { pageRange } from './pages';

describe('the range a list page shows', () => {
  it('ends at the last row on the last page ("26–30 of 30")', () => {
    expect(pageRange(2, 25, 30, 5)).toEqual({ from: 26, to: 30, pages: 2 });
  });

  it('covers a full page in the middle of a result', () => {
    expect(pageRange(3, 10, 95, 10)).toEqual({ from: 21, to: 30, pages: 10 });
  });

  it('stays within the rows shown when the count is capped', () => {
    expect(pageRange(401, 25, 10000, 25)).toEqual({ from: 10001, to: 10025, pages: 400 });
  });

  it('shows nothing for an empty result', () => {
    expect(pageRange(1, 25, 0, 0)).toEqual({ from: 0, to: 0, pages: 1 });
  });
});
