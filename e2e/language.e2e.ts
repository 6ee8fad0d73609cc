import type { Browser } from 'playwright-core';
import { demo, launchBrowser, newContext, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('interface language', () => {
  it('follows the browser before a choice, then the user’s saved choice: navigation, labels and validation change', async () => {
    const context = await newContext(browser, undefined, 'fr-BE');
    const page = await context.newPage();
    await page.goto('/login');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Connexion');
    await signIn(page, demo.user);
    await page.getByRole('button', { name: /Menu utilisateur/ }).click();
    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('link', { name: 'Organisations' }).first().waitFor();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.goto('/organisations/new');
    expect(await page.getByLabel('VAT number').count()).toBe(1);
    await page.getByLabel('KvK number (Chamber of Commerce)').fill('123');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('A KvK number has exactly 8 digits.').waitFor();
    await page.getByRole('button', { name: /User menu/ }).click();
    await page.getByLabel('Language').selectOption('nl');
    await page.waitForFunction(() => document.documentElement.lang === 'nl');
    await page.goto('/organisations/new');
    expect(await page.getByLabel('Btw-nummer').count()).toBe(1);
    await page.getByLabel('KvK-nummer').fill('123');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Een KvK-nummer heeft precies 8 cijfers.').waitFor();
    await context.close();
  });
});
