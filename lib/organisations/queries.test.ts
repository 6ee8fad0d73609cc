import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/connect';
import { queryRows } from '@/db/rows';
import { organisations } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import { parseListState } from '@/lib/list/params';
import { organisationCriteria } from './list';
import { findOrganisationNeighbours, findOrganisations } from './queries';

let handle: DbHandle;
const viewer = { id: 1, canSeeDeleted: true };
const state = (params: Record<string, string>) => parseListState(params, organisationCriteria);

beforeAll(async () => {
  handle = await openTestDatabase();
  await handle.db.insert(organisations).values([
    { name: 'Bakkerij Ölmez', visitCity: 'Utrecht', kvkNumber: '12345678', customerNumber: 'K1' },
    { name: 'Bakker Bouw', visitCity: 'Amersfoort', customerNumber: 'K2' },
    { name: 'Café de Zwaan', visitCity: 'Utrecht', active: false },
    { name: 'Zwanenburg Logistiek', visitCity: 'Zwolle' },
    { name: 'Oud Archief', visitCity: 'Utrecht', deletedAt: new Date() },
  ]);
});
afterAll(() => handle.close());

const names = async (params: Record<string, string>) => (await findOrganisations(state(params), viewer)).rows.map((r) => r.name);

describe('the organisations list', () => {
  it('sorts by name by default and leaves deleted organisations out', async () => {
    expect(await names({})).toEqual(['Bakker Bouw', 'Bakkerij Ölmez', 'Café de Zwaan', 'Zwanenburg Logistiek']);
  });

  it('searches tolerant of case, accents and a small typo, best match first', async () => {
    expect(await names({ q: 'olmez' })).toEqual(['Bakkerij Ölmez']);
    expect(await names({ q: 'CAFE' })).toEqual(['Café de Zwaan']);
    expect((await names({ q: 'zwanenbrug' }))[0]).toBe('Zwanenburg Logistiek');
    expect(await names({ q: '12345678' })).toEqual(['Bakkerij Ölmez']);
  });

  it('ranks whole words and word starts before parts of words and near misses, not by name alone', async () => {
    expect(await names({ q: 'bakker' })).toEqual(['Bakker Bouw', 'Bakkerij Ölmez']);
    expect(await names({ q: 'zwan' })).toEqual(['Zwanenburg Logistiek', 'Café de Zwaan']);
  });

  it('counts the matches of a search, also on a page past its end', async () => {
    expect(await findOrganisations(state({ q: 'bakker' }), viewer)).toMatchObject({ count: 2, capped: false });
    expect(await findOrganisations(state({ q: 'bakker', per: '10', page: '3' }), viewer)).toMatchObject({ rows: [], count: 2 });
    expect(await findOrganisations(state({ q: 'no such name at all' }), viewer)).toMatchObject({ rows: [], count: 0 });
  });

  it('filters on city and active, sorts descending and pages', async () => {
    expect(await names({ city: 'utrecht', active: 'yes' })).toEqual(['Bakkerij Ölmez']);
    expect(await names({ sort: 'name', dir: 'desc', per: '10' })).toEqual(['Zwanenburg Logistiek', 'Café de Zwaan', 'Bakkerij Ölmez', 'Bakker Bouw']);
    const page2 = await findOrganisations(state({ per: '10', page: '2' }), viewer);
    expect(page2).toMatchObject({ rows: [], count: 4, capped: false });
  });

  it('filters on creation dates typed the Dutch way', async () => {
    const [d, m, y] = new Intl.DateTimeFormat('nl-NL', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date()).split('-');
    expect(await names({ createdFrom: `${d}-${m}-${y}` })).toHaveLength(4);
    expect(await names({ createdTo: '01-01-2020' })).toEqual([]);
  });

  it('shows deleted organisations only in the Deleted view, and only to those who may restore', async () => {
    expect(await names({ view: 'deleted' })).toEqual(['Oud Archief']);
    const asUser = await findOrganisations(state({ view: 'deleted' }), { id: 1, canSeeDeleted: false });
    expect(asUser.rows.map((r) => r.name)).not.toContain('Oud Archief');
  });

  it('finds previous and next within the exact result, with the position', async () => {
    const rows = await queryRows<{ id: number; name: string }>(handle.db, sql`SELECT id, name FROM organisations ORDER BY id`);
    const id = (name: string) => rows.find((r) => r.name === name)!.id;
    const byCityDesc = state({ sort: 'city', dir: 'desc' });
    // Zwolle, Utrecht (Bakkerij Ölmez), Utrecht (Café de Zwaan), Amersfoort — ties broken by id, descending
    const middle = await findOrganisationNeighbours(byCityDesc, viewer, id('Bakkerij Ölmez'));
    expect(middle).toMatchObject({ count: 4, prevId: id('Café de Zwaan'), nextId: id('Bakker Bouw'), position: 3 });
    const first = await findOrganisationNeighbours(byCityDesc, viewer, id('Zwanenburg Logistiek'));
    expect(first).toMatchObject({ position: 1, prevId: null });
    expect(await findOrganisationNeighbours(state({ city: 'Zwolle' }), viewer, id('Bakker Bouw'))).toBeNull();
  });
});
