import type { DbHandle } from '@/db/connect';
import { organisations } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import { getSessionUser } from '@/lib/auth/session';
import { makeUser } from '@/lib/testing/fixtures';
import { GET } from './route';

jest.mock('@/lib/auth/session', () => ({ getSessionUser: jest.fn() }));

let handle: DbHandle;
let acme: number;
beforeAll(async () => {
  handle = await openTestDatabase();
  (getSessionUser as jest.Mock).mockResolvedValue(await makeUser(handle.db, 'user'));
  [{ id: acme }] = await handle.db.insert(organisations).values({ name: 'Acme B.V.', kvkNumber: '12345678' }).returning();
});
afterAll(() => handle.close());

const get = (query: string) => GET(new Request(`http://localhost/api/business-relation/duplicates?${query}`));

describe('GET /api/business-relation/duplicates', () => {
  it('answers the likely duplicates of what is being typed, uncached', async () => {
    const res = await get('kvkNumber=12.34.56.78&organisationName=zz');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual([{ kind: 'organisation', id: acme, name: 'Acme B.V.', organisation: null, city: null, reasons: ['kvkNumber'] }]);
  });

  it('refuses a visitor who is not signed in', async () => {
    (getSessionUser as jest.Mock).mockResolvedValueOnce(null);
    expect((await get('kvkNumber=12345678')).status).toBe(401);
  });
});
