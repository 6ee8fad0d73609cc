import type { DbHandle } from '@/db/connect';
import { organisations } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import { getSessionUser } from '@/lib/auth/session';
import { makeUser } from '@/lib/testing/fixtures';
import { GET } from './route';

jest.mock('@/lib/auth/session', () => ({ getSessionUser: jest.fn() }));

let handle: DbHandle;
let acme: number;
let gone: number;
beforeAll(async () => {
  handle = await openTestDatabase();
  (getSessionUser as jest.Mock).mockResolvedValue(await makeUser(handle.db, 'user'));
  const rows = await handle.db.insert(organisations).values([{ name: 'Acme B.V.', visitPostcode: '1234 AB' }, { name: 'Weg B.V.', deletedAt: new Date() }]).returning();
  [acme, gone] = rows.map((r) => r.id);
});
afterAll(() => handle.close());

const get = (id: string) => GET(new Request(`http://localhost/api/organisations/${id}`), { params: Promise.resolve({ id }) });

describe('GET /api/organisations/[id]', () => {
  it('answers a live organisation as its form fills in, with its version', async () => {
    const res = await get(String(acme));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: acme, version: 1, name: 'Acme B.V.', visitPostcode: '1234 AB', kvkNumber: '', postalSameAsVisit: true });
  });

  it('answers 404 for a deleted, missing or malformed id, and 401 to a visitor who is not signed in', async () => {
    for (const id of [String(gone), '999999', 'abc']) expect((await get(id)).status).toBe(404);
    (getSessionUser as jest.Mock).mockResolvedValueOnce(null);
    expect((await get(String(acme))).status).toBe(401);
  });
});
