// The numbers a list's pagination shows: the first and last row on this page and how many pages there are.
// `shown` is the number of rows on this page, which also bounds the range when the count is capped.
export function pageRange(page: number, per: number, count: number, shown: number): { from: number; to: number; pages: number } {
  const pages = Math.max(1, Math.ceil(count / per));
  if (count === 0 || shown === 0) return { from: 0, to: 0, pages };
  const from = (page - 1) * per + 1;
  return { from, to: from + Math.min(shown, per) - 1, pages };
}
