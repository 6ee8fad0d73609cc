import { getDb } from '@/db';
import type { DbHandle } from '@/db/connect';
import { openTestDatabase } from '@/db/testing';
import { actionBodyLimitBytes, refusalPrefix } from '@/lib/security/action-guard';
import { makeUser } from '@/lib/testing/fixtures';
import { sessionCookie, throughProxy } from '@/lib/testing/requests';

let handle: DbHandle;
let cookie: string;
beforeAll(async () => {
  handle = await openTestDatabase();
  cookie = await sessionCookie(handle.db, (await makeUser(handle.db, 'user')).id);
});
afterAll(() => handle.close());

const action = (body: string, headers: Record<string, string> = {}) =>
  throughProxy('/organisations', {
    cookie,
    method: 'POST',
    body,
    headers: { 'next-action': '7f00', 'content-type': 'text/plain;charset=UTF-8', origin: 'http://localhost', host: 'localhost', 'content-length': String(Buffer.byteLength(body)), ...headers },
  });

describe('the proxy in front of every request', () => {
  it('sends a CSP with a fresh nonce for scripts and no inline scripts otherwise, and hands the nonce to the page', async () => {
    const [a, b] = [await throughProxy('/organisations', { cookie }), await throughProxy('/organisations', { cookie })];
    const csp = a.response.headers.get('content-security-policy')!;
    const scripts = csp.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(scripts).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'$/);
    expect(scripts).not.toContain('unsafe-inline');
    expect(csp).not.toBe(b.response.headers.get('content-security-policy'));
    expect(a.response.headers.get('x-middleware-request-content-security-policy')).toBe(csp);
    expect(a.response.headers.get('strict-transport-security')).toBeNull();
  });

  it('sends HSTS when the app is served over https', async () => {
    const before = process.env.NEXTAUTH_URL;
    process.env.NEXTAUTH_URL = 'https://crm.example.test';
    try {
      const { response } = await throughProxy('/login');
      expect(response.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
      expect(response.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    } finally {
      process.env.NEXTAUTH_URL = before;
    }
  });

  it('never passes on a checked-user header a client sent', async () => {
    const { sealed } = await throughProxy('/login', { headers: { 'x-relatio-session': 'forged' } });
    expect(sealed).toBeNull();
  });

  it('sends an address with NUL characters in its query to the same address without them', async () => {
    const { response } = await throughProxy('/organisations?q=ac%00me&page=2', { cookie });
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('http://localhost/organisations?q=acme&page=2');
  });

  it('lets a well-formed action call through', async () => {
    const { response } = await action(JSON.stringify([{ name: 'Acme' }]));
    expect(response.headers.get('x-middleware-next')).toBe('1');
  });

  it.each([
    ['from another site', '[{}]', { origin: 'https://evil.example' }, 403, 'errors.foreignOrigin'],
    ['with an Origin that is no address', '[{}]', { origin: 'not a url' }, 403, 'errors.foreignOrigin'],
    ['over the size limit', '[{}]', { 'content-length': String(actionBodyLimitBytes + 1) }, 413, 'errors.requestTooLarge'],
    ['with a body that is no JSON', 'not json', {}, 400, 'errors.requestInvalid'],
    ['with a JSON body that is no argument list', '{"a":1}', {}, 400, 'errors.requestInvalid'],
    ['with a broken multipart body', '--x\r\nbroken', { 'content-type': 'multipart/form-data; boundary=y' }, 400, 'errors.requestInvalid'],
  ])('refuses an action call %s with a clear status and message', async (_what, body, headers, status, message) => {
    const { response } = await action(body, headers);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(await response.text()).toBe(`${refusalPrefix}${message}`);
  });

  it('answers 503 with a page in the visitor’s language while the database cannot be reached', async () => {
    const db = await getDb();
    const spy = jest.spyOn(db, 'select').mockImplementation(() => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
    });
    try {
      const page = await throughProxy('/organisations', { cookie, headers: { 'accept-language': 'en-GB,en;q=0.9' } });
      expect(page.response.status).toBe(503);
      expect(page.response.headers.get('retry-after')).toBe('5');
      const html = await page.response.text();
      expect(html).toContain('<html lang="en">');
      expect(html).toContain('The database cannot be reached');
      const api = await throughProxy('/api/typeahead/organisations?q=a', { cookie });
      expect([api.response.status, await api.response.json()]).toEqual([503, { error: 'database unavailable' }]);
    } finally {
      spy.mockRestore();
    }
  });
});
