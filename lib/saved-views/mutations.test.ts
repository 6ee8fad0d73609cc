import { eq } from 'drizzle-orm';
import {
  copyViewAction, deleteViewAction, renameViewAction, saveDefaultColumnsAction, saveViewAction, setDefaultViewAction, shareViewAction, updateViewAction,
} from '@/app/(app)/saved-views/actions';
import type { DbHandle } from '@/db/connect';
import { choiceListEntries, choiceLists, segments } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import type { SessionUser } from '@/lib/auth/authorize';
import { getSessionUser } from '@/lib/auth/session';
import { makeUser } from '@/lib/testing/fixtures';
import { cleanSavedQuery } from './clean';
import { openSavedViews } from './open';
import { getDefaultColumns, getDefaultView, getReadableView, listSavedViews } from './queries';
import { getReferences } from './references';

jest.mock('@/lib/auth/session', () => ({ getSessionUser: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));

let handle: DbHandle;
let me: SessionUser;
let colleague: SessionUser;
let manager: SessionUser;
const as = (user: SessionUser) => (getSessionUser as jest.Mock).mockResolvedValue(user);
const ok = <T,>(result: { ok: boolean; data?: T }) => {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data as T;
};

beforeAll(async () => {
  handle = await openTestDatabase();
  me = await makeUser(handle.db, 'user');
  colleague = await makeUser(handle.db, 'user');
  manager = await makeUser(handle.db, 'crm_super');
});
afterAll(() => handle.close());

describe('default list columns', () => {
  it('keeps one default per user and list, replaced on the next save, invisible to colleagues', async () => {
    as(me);
    expect(await saveDefaultColumnsAction({ list: 'organisations', cols: ['name', 'city'] })).toEqual({ ok: true, data: { cols: ['name', 'city'] } });
    expect(await saveDefaultColumnsAction({ list: 'organisations', cols: ['city', 'name', 'status'] })).toMatchObject({ ok: true });
    expect(await getDefaultColumns(me.id, 'organisations')).toEqual(['city', 'name', 'status']);
    expect(await getDefaultColumns(me.id, 'persons')).toBeNull();
    expect(await getDefaultColumns(colleague.id, 'organisations')).toBeNull();
  });

  it('refuses an empty choice at the field', async () => {
    as(me);
    expect(await saveDefaultColumnsAction({ list: 'persons', cols: [] })).toMatchObject({ ok: false, fieldErrors: { cols: ['list.columnsAtLeastOne'] } });
  });
});

describe('saved searches', () => {
  it('are saved, renamed, updated and deleted by their owner, the query kept as the list reads it', async () => {
    as(me);
    const saved = ok(await saveViewAction({ list: 'persons', name: 'Met toestemming', query: 'consent=yes&page=3&bogus=1&sort=name&cols=name,city' }));
    expect((await getReadableView(me.id, 'persons', saved.id))?.query).toBe('consent=yes&sort=name&cols=name%2Ccity');
    expect(await saveViewAction({ list: 'persons', name: 'met TOESTEMMING', query: '' })).toMatchObject({ ok: false, fieldErrors: { name: ['savedViews.nameTaken'] } });
    const renamed = ok(await renameViewAction({ id: saved.id, version: saved.version, name: 'Toestemming' }));
    expect(await renameViewAction({ id: saved.id, version: saved.version, name: 'Oud' })).toMatchObject({ ok: false, formError: 'errors.staleVersion' });
    const updated = ok(await updateViewAction({ id: saved.id, version: renamed.version, query: 'consent=yes&passive=no' }));
    expect((await getReadableView(me.id, 'persons', saved.id))).toMatchObject({ name: 'Toestemming', query: 'consent=yes&passive=no', mine: true, shared: false });
    ok(await deleteViewAction({ id: saved.id, version: updated.version }));
    expect(await getReadableView(me.id, 'persons', saved.id)).toBeNull();
  });

  it("of another user cannot be seen, run by id or changed while private", async () => {
    as(me);
    const saved = ok(await saveViewAction({ list: 'organisations', name: 'Mijn prospects', query: 'status=3' }));
    expect(await getReadableView(colleague.id, 'organisations', saved.id)).toBeNull();
    expect((await listSavedViews(colleague.id, 'organisations')).map((v) => v.id)).not.toContain(saved.id);
    as(colleague);
    for (const result of [
      await renameViewAction({ id: saved.id, version: saved.version, name: 'Van mij' }),
      await updateViewAction({ id: saved.id, version: saved.version, query: '' }),
      await deleteViewAction({ id: saved.id, version: saved.version }),
      await shareViewAction({ id: saved.id, version: saved.version, shared: true }),
      await copyViewAction({ id: saved.id, name: 'Gekopieerd' }),
      await setDefaultViewAction({ id: saved.id, version: saved.version, isDefault: true }),
    ]) expect(result).toEqual({ ok: false, formError: 'savedViews.notFound' });
  });

  it('shared with all users: marked with the owner, run and copied by others, changed only by the owner or a CRM Super', async () => {
    as(me);
    const saved = ok(await saveViewAction({ list: 'organisations', name: 'Gedeeld', query: 'city=Utrecht' }));
    const shared = ok(await shareViewAction({ id: saved.id, version: saved.version, shared: true }));
    expect(await getReadableView(colleague.id, 'organisations', saved.id)).toMatchObject({ name: 'Gedeeld', shared: true, mine: false, owner: me.name });
    as(colleague);
    expect(await renameViewAction({ id: saved.id, version: shared.version, name: 'Van mij' })).toEqual({ ok: false, formError: 'savedViews.notYours' });
    expect(await deleteViewAction({ id: saved.id, version: shared.version })).toEqual({ ok: false, formError: 'savedViews.notYours' });
    expect(await shareViewAction({ id: saved.id, version: shared.version, shared: false })).toEqual({ ok: false, formError: 'savedViews.notYours' });
    expect(await setDefaultViewAction({ id: saved.id, version: shared.version, isDefault: true })).toEqual({ ok: false, formError: 'savedViews.notYours' });
    const copy = ok(await copyViewAction({ id: saved.id, name: 'Utrecht' }));
    expect(await getReadableView(colleague.id, 'organisations', copy.id)).toMatchObject({ query: 'city=Utrecht', mine: true, shared: false });
    as(manager);
    const renamed = ok(await renameViewAction({ id: saved.id, version: shared.version, name: 'Utrecht (gedeeld)' }));
    ok(await shareViewAction({ id: saved.id, version: renamed.version, shared: false }));
    expect(await getReadableView(colleague.id, 'organisations', saved.id)).toBeNull();
  });

  it('one of them is my default view of a list, and the column choice goes into it', async () => {
    as(colleague);
    const a = ok(await saveViewAction({ list: 'persons_in_organisation', name: 'A', query: 'active=yes' }));
    const b = ok(await saveViewAction({ list: 'persons_in_organisation', name: 'B', query: 'active=no' }));
    ok(await setDefaultViewAction({ id: a.id, version: a.version, isDefault: true }));
    ok(await setDefaultViewAction({ id: b.id, version: b.version, isDefault: true }));
    expect((await listSavedViews(colleague.id, 'persons_in_organisation')).filter((v) => v.isDefault).map((v) => v.name)).toEqual(['B']);
    ok(await saveDefaultColumnsAction({ list: 'persons_in_organisation', cols: ['person', 'email'] }));
    expect(await getDefaultView(colleague.id, 'persons_in_organisation')).toEqual({ id: b.id, query: 'active=no&cols=person%2Cemail' });
  });
});

describe('opening a list', () => {
  it('opens with my default view when no parameters are given, by id only what I may see, and without them otherwise', async () => {
    const mine = await makeUser(handle.db, 'user');
    as(mine);
    const view = ok(await saveViewAction({ list: 'persons', name: 'Passief', query: 'passive=yes&sort=name' }));
    expect((await openSavedViews(mine.id, 'persons', {})).redirect).toBeNull();
    ok(await setDefaultViewAction({ id: view.id, version: view.version, isDefault: true }));
    expect((await openSavedViews(mine.id, 'persons', {})).redirect).toBe(`/persons?passive=yes&sort=name&s=${view.id}`);
    expect((await openSavedViews(mine.id, 'persons', { all: '' })).redirect).toBeNull();
    expect((await openSavedViews(mine.id, 'persons', { s: String(view.id) })).redirect).toBe(`/persons?passive=yes&sort=name&s=${view.id}`);
    expect(await openSavedViews(mine.id, 'persons', { passive: 'yes', sort: 'name', s: String(view.id) })).toMatchObject({ redirect: null, active: { id: view.id }, missing: false });
    expect(await openSavedViews(colleague.id, 'persons', { s: String(view.id) })).toMatchObject({ redirect: null, active: null, missing: true });
    expect(await openSavedViews(mine.id, 'organisations', { s: String(view.id) })).toMatchObject({ redirect: null, active: null, missing: true });
  });
});

describe('a saved search naming what no longer exists', () => {
  it('still opens, without the field, choice value, segment, column and sort that are gone, and says what was left out', async () => {
    const [status] = await handle.db.insert(choiceLists).values({ key: 'status' }).returning();
    const [kept, gone] = await handle.db.insert(choiceListEntries).values([{ choiceListId: status.id, label: 'Klant' }, { choiceListId: status.id, label: 'Oud' }]).returning();
    const [segment] = await handle.db.insert(segments).values({ name: 'Weg' }).returning();
    await handle.db.update(choiceListEntries).set({ deletedAt: new Date() }).where(eq(choiceListEntries.id, gone.id));
    await handle.db.update(segments).set({ deletedAt: new Date() }).where(eq(segments.id, segment.id));
    const query = new URLSearchParams({
      city: 'Utrecht', segment: String(segment.id), sort: 'shoeSize', cols: 'name,shoeSize',
      c: `and(statusId.isAnyOf:${kept.id}|${gone.id},shoeSize.is:44,visitCity.is:Utrecht)`,
    }).toString();
    const { query: clean, dropped } = cleanSavedQuery('organisations', query, await getReferences());
    expect(Object.fromEntries(new URLSearchParams(clean))).toEqual({ city: 'Utrecht', c: `and(statusId.isAnyOf:${kept.id},visitCity.is:Utrecht)`, cols: 'name' });
    expect(dropped).toEqual([
      { what: 'value', name: 'segmentId' },
      { what: 'field', name: 'shoeSize' },
      { what: 'value', name: 'statusId' },
      { what: 'column', name: 'shoeSize' },
      { what: 'sort', name: 'shoeSize' },
    ]);
  });
});
