import type { Browser } from 'playwright-core';
import { baseUrl, demo, desktop, launchBrowser, newContext, phone, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe.each([
  ['desktop', desktop],
  ['phone', phone],
])('signing out on %s', (_name, viewport) => {
  it('lands on the sign-in page of the host the app was opened at, not the configured one', async () => {
    // The server's configured address is http://localhost:<port>; the browser opened http://127.0.0.1:<port>.
    expect(new URL(baseUrl()).hostname).toBe('127.0.0.1');
    const page = await (await newContext(browser, viewport)).newPage();
    await signIn(page, demo.user);
    await page.getByRole('button', { name: /Gebruikersmenu/ }).click();
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).host).toBe(new URL(baseUrl()).host);
    await page.getByRole('heading', { name: 'Aanmelden' }).waitFor();
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.context().close();
  });
});
