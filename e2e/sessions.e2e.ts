import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, demo, desktop, launchBrowser, newContext, phone, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const password = 'sessie-wachtwoord-1';

// Signs the admin in and adds a user with this role through the admin page.
async function adminWithNewUser(viewport: typeof desktop, email: string, role: 'user' | 'crm_super'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  await signIn(page, demo.admin);
  await page.goto('/admin/users');
  await page.locator('#new-user-name').fill(`Sessie ${email.split('@')[0]}`);
  await page.locator('#new-user-email').fill(email);
  await page.locator('#new-user-role').selectOption(role);
  await page.locator('#new-user-password').fill(password);
  await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
  await page.getByText(`${email} is toegevoegd.`).waitFor();
  return { context, page };
}

const row = (page: Page, email: string) => page.getByTestId(`user-${email}`);

describe.each([
  ['desktop', desktop],
  ['phone', phone],
])('sessions on %s', (name, viewport) => {
  it('sends a user an admin deactivates while their browser is open to the login page at their next navigation', async () => {
    const email = `weg-${name}@example.test`;
    const admin = await adminWithNewUser(viewport, email, 'user');
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    await signIn(page, email, password);
    await page.goto('/organisations');
    await row(admin.page, email).getByRole('button', { name: 'Deactiveren' }).click();
    await admin.page.getByRole('dialog').getByRole('button', { name: 'Ja, deactiveren' }).click();
    await row(admin.page, email).getByText('Gebruiker gedeactiveerd.').waitFor();
    if (viewport === phone) await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).locator('visible=true').getByRole('link', { name: 'Personen', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByRole('heading', { name: 'Aanmelden' }).waitFor();
    await page.goto('/api/typeahead/organisations?q=a');
    expect(await page.locator('body').textContent()).toContain('unauthorised');
    await Promise.all([context.close(), admin.context.close()]);
  });

  it('takes the choice lists away from a demoted CRM Super user at once, and gives them back on promotion', async () => {
    const email = `super-${name}@example.test`;
    const admin = await adminWithNewUser(viewport, email, 'crm_super');
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    await signIn(page, email, password);
    expect((await page.goto('/admin/choice-lists'))?.status()).toBe(200);
    const setRole = async (role: string) => {
      await row(admin.page, email).getByRole('combobox').selectOption(role);
      await row(admin.page, email).getByRole('button', { name: 'Rol wijzigen' }).click();
      await row(admin.page, email).getByText('Opgeslagen.').waitFor();
    };
    await setRole('user');
    expect((await page.goto('/admin/choice-lists'))?.status()).toBe(404);
    await setRole('crm_super');
    expect((await page.goto('/admin/choice-lists'))?.status()).toBe(200);
    await Promise.all([context.close(), admin.context.close()]);
  });
});

describe('signing out and in', () => {
  it('ends the session on the server: a token copied before signing out no longer works', async () => {
    const context = await newContext(browser, desktop);
    const page = await context.newPage();
    await signIn(page, demo.user);
    const copied = await context.cookies();
    await page.getByRole('button', { name: /Gebruikersmenu/ }).click();
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    const thief = await newContext(browser, desktop);
    await thief.addCookies(copied);
    const stolen = await thief.newPage();
    await stolen.goto('/organisations');
    expect(new URL(stolen.url()).pathname).toBe('/login');
    await Promise.all([context.close(), thief.close()]);
  });

  it.each(['%2F%5Cevil.example%2F', '%2F%09%2Fevil.example', '%2F%5C%2Fevil.example', '%2F%2Fevil.example'])(
    'stays on this site for callbackUrl=%s',
    async (callback) => {
      const context = await newContext(browser, desktop);
      const page = await context.newPage();
      await signIn(page, demo.user);
      await page.goto(`/login?callbackUrl=${callback}`);
      expect(new URL(page.url()).origin).toBe(new URL(baseUrl()).origin);
      await context.close();
    },
  );

  it('runs the pages under a nonce CSP without inline scripts, and nothing is blocked', async () => {
    const context = await newContext(browser, desktop);
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
    await signIn(page, demo.user);
    const response = await page.goto('/organisations');
    const scripts = response!.headers()['content-security-policy'].split('; ').find((d) => d.startsWith('script-src'))!;
    expect(scripts).toMatch(/'nonce-[^']+' 'strict-dynamic'$/);
    expect(scripts).not.toContain('unsafe-inline');
    await page.getByRole('button', { name: /Gebruikersmenu/ }).click();
    await page.getByRole('button', { name: 'Afmelden' }).waitFor();
    expect(violations).toEqual([]);
    await context.close();
  });
});
