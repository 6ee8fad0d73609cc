import type { Browser, Page } from 'playwright-core';
import { demo, launchBrowser, newContext, screenshot, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

// What each language shows: a navigation link, a form label, a validation message, and how to reach the menu.
const languages = {
  fr: { persons: 'Personnes', vat: 'Numéro de TVA', kvk: 'Numéro KvK (Chambre de commerce)', save: 'Enregistrer', kvkError: 'Un numéro KvK compte exactement 8 chiffres.', menu: /Menu utilisateur/, language: 'Langue' },
  en: { persons: 'Persons', vat: 'VAT number', kvk: 'KvK number (Chamber of Commerce)', save: 'Save', kvkError: 'A KvK number has exactly 8 digits.', menu: /User menu/, language: 'Language' },
  nl: { persons: 'Personen', vat: 'Btw-nummer', kvk: 'KvK-nummer', save: 'Opslaan', kvkError: 'Een KvK-nummer heeft precies 8 cijfers.', menu: /Gebruikersmenu/, language: 'Taal' },
} as const;
type Language = keyof typeof languages;
const others = (lang: Language) => (Object.keys(languages) as Language[]).filter((l) => l !== lang);

// Checks the dashboard's navigation and the organisation form (label, validation message) in one language, with screenshots.
async function expectLanguage(page: Page, lang: Language) {
  const words = languages[lang];
  await page.goto('/');
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  const nav = page.getByRole('navigation').first();
  expect(await nav.getByRole('link', { name: words.persons, exact: true }).count()).toBe(1);
  for (const other of others(lang)) expect(await nav.getByRole('link', { name: languages[other].persons, exact: true }).count()).toBe(0);
  await screenshot(page, `language-dashboard-${lang}`);

  await page.goto('/organisations/new');
  expect(await page.getByLabel(words.vat).count()).toBe(1);
  for (const other of others(lang)) expect(await page.getByLabel(languages[other].vat).count()).toBe(0);
  await page.getByLabel(words.kvk).fill('123');
  await page.getByRole('button', { name: words.save }).click();
  await page.getByText(words.kvkError).waitFor();
  await screenshot(page, `language-organisation-form-${lang}`);
}

async function switchTo(page: Page, from: Language, to: Language) {
  await page.getByRole('button', { name: languages[from].menu }).click();
  await page.getByLabel(languages[from].language).selectOption(to);
  await page.waitForFunction((l) => document.documentElement.lang === l, to);
}

describe('interface language', () => {
  it('follows the browser before a choice, then the user’s saved choice: navigation, labels and validation change', async () => {
    const context = await newContext(browser, undefined, 'fr-BE');
    const page = await context.newPage();
    await page.goto('/login');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Connexion');
    await signIn(page, demo.user);
    await expectLanguage(page, 'fr');
    await switchTo(page, 'fr', 'en');
    await expectLanguage(page, 'en');
    await switchTo(page, 'en', 'nl');
    await expectLanguage(page, 'nl');
    await context.close();
  });
});
