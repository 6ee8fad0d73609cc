import type { Browser } from 'playwright-core';
import { demo, desktop, launchBrowser, newContext, phone, screenshot, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const navLabels = {
  user: ['Dashboard', 'Mijn werk', 'Organisaties', 'Personen', 'Personen in organisatie', 'Segmenten', 'Zakelijke relatie toevoegen'],
  crm_super: ['Dashboard', 'Mijn werk', 'Organisaties', 'Personen', 'Personen in organisatie', 'Segmenten', 'Zakelijke relatie toevoegen', 'Keuzelijsten'],
  admin: ['Dashboard', 'Mijn werk', 'Organisaties', 'Personen', 'Personen in organisatie', 'Segmenten', 'Zakelijke relatie toevoegen', 'Gebruikers', 'Keuzelijsten'],
};

describe.each([
  ['desktop', desktop],
  ['phone', phone],
])('signing in and out on %s', (name, viewport) => {
  it('sends an anonymous visitor to the login page, with the security headers set', async () => {
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    const response = await page.goto('/admin/users');
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.getByRole('heading', { name: 'Aanmelden' }).isVisible()).toBe(true);
    await context.close();
  });

  it('says so on a wrong password and stays on the login page', async () => {
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    await page.goto('/login');
    await page.locator('#email').fill(demo.user);
    await page.locator('#password').fill('not-the-password');
    await page.locator('form button[type=submit]').click();
    const alert = page.locator('form').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('E-mailadres of wachtwoord klopt niet');
    expect(new URL(page.url()).pathname).toBe('/login');
    await context.close();
  });

  it.each([
    ['user', demo.user, navLabels.user],
    ['crm_super', demo.super, navLabels.crm_super],
    ['admin', demo.admin, navLabels.admin],
  ])('signs in as %s, sees the dashboard and only the navigation of the role, and signs out', async (role, email, labels) => {
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    await signIn(page, email);
    await page.getByRole('heading', { name: /Welkom/ }).waitFor();
    expect(Number((await page.getByTestId('count-organisations').textContent())?.replace(/\./g, ''))).toBeGreaterThan(0);
    if (viewport === phone) {
      expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false);
      await page.getByRole('button', { name: 'Menu', exact: true }).click();
    }
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' }).locator('visible=true');
    // Each link's own label (the My work link also carries its badge).
    expect(await nav.getByRole('link').evaluateAll((links) => links.map((l) => l.childNodes[0]?.textContent ?? ''))).toEqual(labels);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await screenshot(page, `dashboard-${role}-${name}`);
    const adminPage = await page.goto('/admin/users');
    expect(adminPage?.status()).toBe(role === 'admin' ? 200 : 404);
    await page.goto('/');
    await page.getByRole('button', { name: /Gebruikersmenu/ }).click();
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe('/login');
    await context.close();
  });
});
