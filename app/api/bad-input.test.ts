import type { DbHandle } from '@/db/connect';
import { organisations, persons } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import { getSessionUser } from '@/lib/auth/session';
import { makeUser } from '@/lib/testing/fixtures';
import { GET as duplicates } from './business-relation/duplicates/route';
import { GET as organisation } from './organisations/[id]/route';
import { GET as organisationSuggestions } from './typeahead/organisations/route';
import { GET as personSuggestions } from './typeahead/persons/route';

jest.mock('@/lib/auth/session', () => ({ getSessionUser: jest.fn() }));

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  (getSessionUser as jest.Mock).mockResolvedValue(await makeUser(handle.db, 'user'));
  await handle.db.insert(organisations).values({ name: 'Acme B.V.' });
  await handle.db.insert(persons).values({ lastName: 'Jansen' });
});
afterAll(() => handle.close());

describe('route handlers given what no form sends', () => {
  it.each(['2147483648', '99999999999', '9007199254740993', '1e3', '-1', '0', '01', '%00'])('answer 404 for the organisation id %s', async (id) => {
    const res = await organisation(new Request(`http://localhost/api/organisations/${id}`), { params: Promise.resolve({ id }) });
    expect(res.status).toBe(404);
  });

  it.each(['%00', 'a%00b', '%00%00%00acme', 'jan%00sen', encodeURIComponent('x'.repeat(5000)), '%1F%7F'])('answer suggestions for q=%s', async (q) => {
    for (const [path, GET] of [['organisations', organisationSuggestions], ['persons', personSuggestions]] as const) {
      const res = await GET(new Request(`http://localhost/api/typeahead/${path}?q=${q}`));
      expect(res.status).toBe(200);
      expect(Array.isArray(await res.json())).toBe(true);
    }
  });

  it('answers the duplicate check with NUL characters in the names', async () => {
    const res = await duplicates(new Request('http://localhost/api/business-relation/duplicates?lastName=jan%00sen&organisationName=ac%00me&firstName=%00&email=a%00@b.nl'));
    expect(res.status).toBe(200);
  });
});
