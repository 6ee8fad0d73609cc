import type { Browser, Page } from 'playwright-core';
import { demo, desktop, launchBrowser, newContext, phone, screenshot, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function adminOnUsers(viewport: typeof desktop, locale = 'nl-NL'): Promise<Page> {
  const page = await (await newContext(browser, viewport, locale)).newPage();
  await signIn(page, demo.admin);
  await page.goto('/admin/users');
  return page;
}

// Adds a user through the form and returns their row.
async function addUser(page: Page, name: string, email: string) {
  await page.locator('#new-user-name').fill(name);
  await page.locator('#new-user-email').fill(email);
  await page.locator('#new-user-password').fill('lang-genoeg-wachtwoord');
  await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
  const row = page.getByTestId(`user-${email}`);
  await row.waitFor();
  return row;
}

describe.each([
  ['desktop', desktop],
  ['phone', phone],
])('user administration on %s', (name, viewport) => {
  it('asks before deactivating a user, and offers neither deactivation nor a role change on the admin’s own row', async () => {
    const page = await adminOnUsers(viewport);
    const own = page.getByTestId(`user-${demo.admin}`);
    expect(await own.getByRole('button', { name: 'Deactiveren' }).count()).toBe(0);
    expect(await own.getByRole('button', { name: 'Rol wijzigen' }).count()).toBe(0);
    expect(await own.textContent()).toContain('Dit bent u');

    const row = await addUser(page, `Tijdelijk ${name}`, `tijdelijk-${name}@relatio.test`);
    await row.getByRole('button', { name: 'Deactiveren' }).click();
    const dialog = page.getByRole('dialog', { name: `Tijdelijk ${name} deactiveren?` });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('kan daarna niet meer aanmelden');
    await screenshot(page, `users-deactivate-confirm-${name}`);
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await row.textContent()).not.toContain('Inactief');

    await row.getByRole('button', { name: 'Deactiveren' }).click();
    await dialog.getByRole('button', { name: 'Ja, deactiveren' }).click();
    await page.getByTestId(`user-tijdelijk-${name}@relatio.test`).getByText('Inactief', { exact: true }).waitFor();
    expect(await page.getByTestId(`user-tijdelijk-${name}@relatio.test`).getByRole('button', { name: 'Activeren' }).count()).toBe(1);
    await page.context().close();
  });
});

describe('user administration in French', () => {
  it('writes "Dernière connexion : jamais" with the space before the colon', async () => {
    const page = await adminOnUsers(desktop, 'fr-BE');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    const row = page.getByTestId('user-inactive@relatio.test');
    expect(await row.textContent()).toContain('Dernière connexion\u00a0: jamais');
    await screenshot(page, 'users-fr');
    await page.context().close();
  });
});
