import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { headers } from 'next/headers';
import type { DbHandle } from '@/db/connect';
import { sessions, users, type Role } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import { actionFiles, allActions } from '@/lib/testing/all-actions';
import { actionRoles, routeRoles } from '@/lib/testing/authorisation-table';
import { makeUser } from '@/lib/testing/fixtures';
import { sessionCookie, throughProxy } from '@/lib/testing/requests';
import { hasRole } from './roles';
import { requirePageUser } from './session';
import { sessionHeader } from './session-header';

jest.mock('next/headers', () => ({ headers: jest.fn(), cookies: jest.fn() }));

// Who calls: the role they have now (null: no live session), and how they got there.
const identities = ['anonymous', 'user', 'crm_super', 'admin', 'deactivated', 'demoted', 'promoted', 'signedOut'] as const;
type Identity = (typeof identities)[number];
const effectiveRole: Record<Identity, Role | null> = {
  anonymous: null,
  user: 'user',
  crm_super: 'crm_super',
  admin: 'admin',
  deactivated: null,
  demoted: 'user',
  promoted: 'crm_super',
  signedOut: null,
};

let handle: DbHandle;
const cookies = {} as Record<Identity, string | undefined>;
const sealed = {} as Record<Identity, string | null>;

beforeAll(async () => {
  handle = await openTestDatabase();
  const start: Record<Identity, Role | null> = { anonymous: null, user: 'user', crm_super: 'crm_super', admin: 'admin', deactivated: 'admin', demoted: 'crm_super', promoted: 'user', signedOut: 'admin' };
  const ids = {} as Record<Identity, number>;
  for (const who of identities) {
    const role = start[who];
    if (!role) continue;
    ids[who] = (await makeUser(handle.db, role)).id;
    cookies[who] = await sessionCookie(handle.db, ids[who]);
  }
  await handle.db.update(users).set({ active: false }).where(eq(users.id, ids.deactivated));
  await handle.db.update(users).set({ role: 'user' }).where(eq(users.id, ids.demoted));
  await handle.db.update(users).set({ role: 'crm_super' }).where(eq(users.id, ids.promoted));
  await handle.db.delete(sessions).where(eq(sessions.userId, ids.signedOut));
  for (const who of identities) sealed[who] = (await throughProxy('/organisations', { cookie: cookies[who] })).sealed;
});
afterAll(() => handle.close());

const as = (who: Identity) => (headers as jest.Mock).mockResolvedValue(new Headers(sealed[who] ? { [sessionHeader]: sealed[who]! } : {}));

const routeFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? routeFiles(path.join(dir, e.name)) : e.name === 'route.ts' ? [path.join(dir, e.name)] : []));

describe('the authorisation table', () => {
  const root = path.join(__dirname, '..', '..');
  it('names every server action the app exports, and every action file', () => {
    expect(Object.keys(allActions).sort()).toEqual(Object.keys(actionRoles).sort());
    const files = fs
      .readdirSync(path.join(root, 'app'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('actions.ts'))
      .map((f) => `app/${f}`);
    expect(files.sort()).toEqual([...actionFiles].sort());
  });

  it('names every route handler', () => {
    const files = routeFiles(path.join(root, 'app', 'api')).map((f) => path.relative(root, f));
    expect(files.sort()).toEqual(Object.keys(routeRoles).sort());
  });
});

const actionCases = identities.flatMap((who) => Object.entries(actionRoles).map(([name, role]) => [who, name, role] as const));

describe('server actions by who calls them', () => {
  it.each(actionCases)('%s calling %s (needs %s)', async (who, name, role) => {
    as(who);
    const result = await allActions[name]({} as never);
    const mine = effectiveRole[who];
    if (!mine) expect(result).toEqual({ ok: false, formError: 'errors.signedOut' });
    else if (!hasRole(mine, role)) expect(result).toEqual({ ok: false, formError: 'errors.forbidden' });
    else expect(['errors.signedOut', 'errors.forbidden']).not.toContain(result.formError);
  });
});

const routeCalls: Record<string, () => Promise<Response>> = {
  'app/api/typeahead/organisations/route.ts': async () => (await import('@/app/api/typeahead/organisations/route')).GET(new Request('http://localhost/api/typeahead/organisations?q=acme')),
  'app/api/typeahead/persons/route.ts': async () => (await import('@/app/api/typeahead/persons/route')).GET(new Request('http://localhost/api/typeahead/persons?q=jan')),
  'app/api/organisations/[id]/route.ts': async () => (await import('@/app/api/organisations/[id]/route')).GET(new Request('http://localhost/api/organisations/1'), { params: Promise.resolve({ id: '1' }) }),
  'app/api/business-relation/duplicates/route.ts': async () => (await import('@/app/api/business-relation/duplicates/route')).GET(new Request('http://localhost/api/business-relation/duplicates?lastName=jansen')),
  'app/api/lists/[list]/count/route.ts': async () =>
    (await import('@/app/api/lists/[list]/count/route')).GET(new Request('http://localhost/api/lists/organisations/count?matching=q%3Dacme&nearMisses=1'), { params: Promise.resolve({ list: 'organisations' }) }),
};
const routeCases = identities.flatMap((who) => Object.keys(routeCalls).map((file) => [who, file] as const));

describe('route handlers by who calls them', () => {
  it.each(routeCases)('%s calling %s', async (who, file) => {
    as(who);
    const status = (await routeCalls[file]()).status;
    if (effectiveRole[who] && hasRole(effectiveRole[who], routeRoles[file]!)) expect([200, 404]).toContain(status);
    else expect(status).toBe(401);
  });

  it.each(identities)('the proxy answers an API call by %s with 401 unless the session is live', async (who) => {
    const { response } = await throughProxy('/api/typeahead/organisations?q=a', { cookie: cookies[who] });
    expect(response.status).toBe(effectiveRole[who] ? 200 : 401);
  });
});

const pageCases = identities.flatMap((who) => (['user', 'crm_super', 'admin'] as const).map((role) => [who, role] as const));

describe('pages by who opens them', () => {
  it.each(pageCases)('%s opening a page for %s', async (who, role) => {
    as(who);
    const mine = effectiveRole[who];
    const outcome = await requirePageUser(role).then(
      (user) => `ok:${user.role}`,
      (error: { digest?: string }) => (error.digest?.startsWith('NEXT_REDIRECT') ? 'login' : error.digest?.includes(';404') ? 'not found' : String(error)),
    );
    expect(outcome).toBe(!mine ? 'login' : hasRole(mine, role) ? `ok:${mine}` : 'not found');
  });

  it.each(identities)('the proxy sends %s to the login page unless the session is live', async (who) => {
    const { response } = await throughProxy('/admin/choice-lists', { cookie: cookies[who] });
    if (effectiveRole[who]) expect(response.status).toBe(200);
    else expect([response.status, new URL(response.headers.get('location')!).pathname]).toEqual([307, '/login']);
  });
});
