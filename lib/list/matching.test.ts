import type { DbHandle } from '@/db/connect';
import { organisations } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import { listMatch } from '@/lib/lists';
import { findOrganisations } from '@/lib/organisations/queries';
import { organisationCriteria } from '@/lib/organisations/list';
import { countMatch } from './matching';
import { listQuery, parseListState } from './params';
import { resultKey, selectionSchema } from './selection';

let handle: DbHandle;
const viewer = { id: 1, canSeeDeleted: false };

// Names that hold what SQL and LIKE treat specially, and what folding changes.
const hostile = ["O'Brien & Zn.", '100% Bio', 'Under_score B.V.', 'Back\\slash', 'Café Ümlaut', 'Emoji 😀 Bar', 'Plain Name', 'Quote "Double"'];

beforeAll(async () => {
  handle = await openTestDatabase();
  await handle.db.insert(organisations).values([
    ...hostile.map((name) => ({ name, visitCity: name.slice(0, 6) })),
    { name: "Gone O'Brien", deletedAt: new Date() },
    ...Array.from({ length: 30 }, (_, i) => ({ name: `Bakkerij ${i}`, visitCity: 'Utrecht', active: i % 2 === 0 })),
  ]);
});
afterAll(() => handle.close());

// The rows "all matching" selects for a list URL, next to the list's own count of it.
async function both(params: Record<string, string>) {
  const state = parseListState(params, organisationCriteria);
  const page = await findOrganisations({ ...state, per: 100 }, viewer);
  const selection = selectionSchema.parse({ matching: resultKey(listQuery(state)), nearMisses: page.nearMisses ?? false, expectedCount: page.count });
  return { list: page.count, selected: await countMatch(handle.db, listMatch('organisations', selection, viewer)) };
}

describe('a selection of all rows matching a list', () => {
  it.each([
    [{ q: "o'brien" }], [{ q: '100%' }], [{ q: '_' }], [{ q: 'back\\slash' }], [{ q: 'cafe umlaut' }], [{ q: '😀' }], [{ q: '"double"' }],
    [{ name: '%' }], [{ name: '_' }], [{ name: "'" }], [{ city: 'Café Ü' }], [{ city: "O'Brie" }], [{ active: 'yes', city: 'Utrecht' }], [{}],
  ])('selects exactly the rows the list counts for %j', async (params) => {
    const { list, selected } = await both(params);
    expect(selected).toBe(list);
  });

  it('finds only what the search means: a quote or a percent sign is a character, not SQL', async () => {
    expect(await both({ name: '%' })).toEqual({ list: 1, selected: 1 });
    expect(await both({ name: "'" })).toEqual({ list: 1, selected: 1 });
    expect(await both({ active: 'yes', city: 'Utrecht' })).toEqual({ list: 15, selected: 15 });
  });

  it('keeps to the search mode the user saw, whatever the number of matches is now', async () => {
    const state = parseListState({ q: 'bakkerij' }, organisationCriteria);
    const withNear = selectionSchema.parse({ matching: resultKey(listQuery(state)), nearMisses: true, expectedCount: 30 });
    const exactOnly = selectionSchema.parse({ matching: resultKey(listQuery(state)), nearMisses: false, expectedCount: 30 });
    expect(await countMatch(handle.db, listMatch('organisations', exactOnly, viewer))).toBe(30);
    expect(await countMatch(handle.db, listMatch('organisations', withNear, viewer))).toBeGreaterThanOrEqual(30);
  });

  it('takes picked ids among live records only, each once', async () => {
    const all = await findOrganisations(parseListState({ per: '100' }, organisationCriteria), viewer);
    const ids = all.rows.slice(0, 3).map((r) => r.id);
    const selection = selectionSchema.parse({ ids: [...ids, ids[0], 999999] });
    expect(selection).toEqual({ ids: [...ids, 999999] });
    expect(await countMatch(handle.db, listMatch('organisations', selection, viewer))).toBe(3);
  });
});

describe('the selection contract', () => {
  it('caps picked ids and refuses what is no id', () => {
    expect(selectionSchema.safeParse({ ids: Array.from({ length: 1001 }, (_, i) => i + 1) }).success).toBe(false);
    expect(selectionSchema.safeParse({ ids: [1.5] }).success).toBe(false);
    expect(selectionSchema.safeParse({ ids: [2 ** 31] }).success).toBe(false);
    expect(selectionSchema.safeParse({ ids: [] }).success).toBe(false);
    expect(selectionSchema.safeParse({ matching: 'q=a', nearMisses: false }).success).toBe(false);
  });

  it('belongs to the result, not to its page, sort or columns', () => {
    expect(resultKey('q=a&page=3&sort=city&dir=desc&per=50&cols=name,city&status=4')).toBe(resultKey('status=4&q=a'));
    expect(resultKey('q=a')).not.toBe(resultKey('q=b'));
  });
});
