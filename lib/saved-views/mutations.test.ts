import { saveDefaultColumnsAction } from '@/app/(app)/saved-views/actions';
import type { DbHandle } from '@/db/connect';
import { openTestDatabase } from '@/db/testing';
import type { SessionUser } from '@/lib/auth/authorize';
import { getSessionUser } from '@/lib/auth/session';
import { makeUser } from '@/lib/testing/fixtures';
import { getDefaultColumns } from './queries';

jest.mock('@/lib/auth/session', () => ({ getSessionUser: jest.fn() }));

let handle: DbHandle;
let me: SessionUser;
let colleague: SessionUser;
beforeAll(async () => {
  handle = await openTestDatabase();
  me = await makeUser(handle.db, 'user');
  colleague = await makeUser(handle.db, 'user');
});
afterAll(() => handle.close());

describe('default list columns', () => {
  it('keeps one default per user and list, replaced on the next save, invisible to colleagues', async () => {
    (getSessionUser as jest.Mock).mockResolvedValue(me);
    expect(await saveDefaultColumnsAction({ list: 'organisations', cols: ['name', 'city'] })).toEqual({ ok: true, data: { cols: ['name', 'city'] } });
    expect(await saveDefaultColumnsAction({ list: 'organisations', cols: ['city', 'name', 'status'] })).toMatchObject({ ok: true });
    expect(await getDefaultColumns(me.id, 'organisations')).toEqual(['city', 'name', 'status']);
    expect(await getDefaultColumns(me.id, 'persons')).toBeNull();
    expect(await getDefaultColumns(colleague.id, 'organisations')).toBeNull();
  });

  it('refuses an empty choice at the field', async () => {
    (getSessionUser as jest.Mock).mockResolvedValue(me);
    expect(await saveDefaultColumnsAction({ list: 'persons', cols: [] })).toMatchObject({ ok: false, fieldErrors: { cols: ['list.columnsAtLeastOne'] } });
  });
});
