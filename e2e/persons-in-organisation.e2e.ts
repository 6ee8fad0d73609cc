import type { Browser, Page } from 'playwright-core';
import { demo, desktop, launchBrowser, newContext, phone, screenshot, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function signedIn(email: string = demo.user, viewport = desktop): Promise<Page> {
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

async function createOrganisation(page: Page, name: string) {
  await page.goto('/organisations/new');
  await page.getByLabel('Naam').fill(name);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.waitForURL(/\/organisations\/\d+$/);
  return Number(new URL(page.url()).pathname.split('/').pop());
}

// Types into a picker and chooses the suggestion named exactly `label`.
async function pick(page: Page, name: string, label: string) {
  const box = page.getByRole('combobox', { name });
  await box.fill(label);
  await page.locator('[role=option] > span:first-child').getByText(label, { exact: true }).first().click();
  expect(await box.inputValue()).toBe(label);
}

// Folds a name the way the database sorts it: lower case, no accents.
const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

const idOf = (page: Page) => Number(new URL(page.url()).pathname.split('/').pop());
const detail = (page: Page, label: string) => page.locator('dl > div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');

describe('persons in organisation', () => {
  it('adds a person in organisation from the organisation card with the pickers, then changes employer', async () => {
    const page = await signedIn();
    const first = await createOrganisation(page, 'Eerste Werkgever B.V.');
    const second = await createOrganisation(page, 'Tweede Werkgever B.V.');
    await page.goto('/persons-in-organisation');
    await page.locator('table tbody tr').first().getByRole('link').first().click();
    await page.waitForURL(/\/persons-in-organisation\/\d+/);
    const someone = { label: (await detail(page, 'Persoon').textContent()) ?? '' };

    await page.goto(`/organisations/${first}`);
    await page.getByRole('link', { name: '+ Persoon in organisatie toevoegen' }).click();
    await page.waitForURL(new RegExp(`/persons-in-organisation/new\\?organisationId=${first}$`));
    expect(await page.getByRole('combobox', { name: 'Organisatie' }).inputValue()).toBe('Eerste Werkgever B.V.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Vul dit veld in.').waitFor();
    await pick(page, 'Persoon', someone.label);
    await page.getByLabel('Functie', { exact: true }).fill('Inkoper');
    await page.getByLabel('Zakelijk e-mailadres').fill('Inkoop@Eerste.NL');
    await page.getByLabel('Categorie', { exact: true }).selectOption({ label: 'Beslisser' });
    await page.getByLabel('Subcategorie').selectOption({ label: 'Budgethouder' });
    await page.getByLabel('Begindatum').fill('01-02-2020');
    await screenshot(page, 'person-in-organisation-form');
    await page.getByLabel('Einddatum').fill('01-01-2020');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De einddatum ligt vóór de begindatum.').waitFor();
    expect(await page.getByLabel('Functie', { exact: true }).inputValue()).toBe('Inkoper');
    await page.getByLabel('Einddatum').fill('');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/\/persons-in-organisation\/\d+$/);
    const oldId = idOf(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`${someone.label} bij Eerste Werkgever B.V.`);
    expect(await detail(page, 'Categorie').textContent()).toBe('Beslisser');
    expect(await detail(page, 'Zakelijk e-mailadres').textContent()).toBe('inkoop@eerste.nl');

    await page.getByRole('link', { name: 'Andere werkgever' }).click();
    await page.waitForURL(new RegExp(`/persons-in-organisation/${oldId}/change-employer$`));
    await page.getByLabel('Laatste werkdag').fill('31-10-2026');
    expect(await page.getByLabel('Begindatum nieuwe functie').inputValue()).toBe('01-11-2026');
    expect(await page.getByLabel('Functie', { exact: true }).inputValue()).toBe('Inkoper');
    await pick(page, 'Nieuwe organisatie', 'Eerste Werkgever B.V.');
    await page.getByRole('button', { name: 'Werkgever wijzigen' }).click();
    await page.getByText('Kies een andere organisatie dan de huidige werkgever.').waitFor();
    await pick(page, 'Nieuwe organisatie', 'Tweede Werkgever B.V.');
    await page.getByLabel('Functie', { exact: true }).fill('Hoofd inkoop');
    await screenshot(page, 'change-employer-form');
    await page.getByRole('button', { name: 'Werkgever wijzigen' }).click();
    await page.waitForURL((url) => /^\/persons-in-organisation\/\d+$/.test(url.pathname) && !url.pathname.endsWith(`/${oldId}`));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`${someone.label} bij Tweede Werkgever B.V.`);
    expect(await detail(page, 'Actief').textContent()).toBe('Ja');
    expect(await detail(page, 'Begindatum').textContent()).toBe('01-11-2026');
    expect(await detail(page, 'Functie').textContent()).toBe('Hoofd inkoop');
    await screenshot(page, 'person-in-organisation-new-employer');

    await page.goto(`/persons-in-organisation/${oldId}`);
    expect(await detail(page, 'Actief').textContent()).toBe('Nee');
    expect(await detail(page, 'Einddatum').textContent()).toBe('31-10-2026');
    expect(await page.getByText('Inactief', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Andere werkgever' }).count()).toBe(0);
    expect(await page.getByTestId('history').textContent()).toContain('Einddatum: — → 31-10-2026');

    await page.goto(`/organisations/${first}`);
    const former = page.getByTestId('organisation-persons').locator('li').filter({ hasText: someone.label });
    expect(await former.textContent()).toContain('vertrokken');
    await page.goto(`/organisations/${second}`);
    const current = page.getByTestId('organisation-persons').locator('li').filter({ hasText: someone.label });
    expect(await current.textContent()).not.toContain('vertrokken');
    await current.getByRole('link', { name: someone.label }).click();
    await page.waitForURL(/\/persons-in-organisation\/\d+$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`${someone.label} bij Tweede Werkgever B.V.`);
    await page.context().close();
  });

  it('filters the list on category and active, walks it, and shows list and card on a 390 px phone', async () => {
    const desk = await signedIn();
    await desk.goto('/persons-in-organisation');
    await desk.getByText('Zoekcriteria').click();
    await desk.getByLabel('Categorie', { exact: true }).selectOption({ label: 'Beslisser' });
    await desk.getByLabel('Actief', { exact: true }).selectOption('yes');
    await desk.getByRole('button', { name: 'Zoeken' }).click();
    await desk.waitForURL(/category=\d+.*active=yes/);
    const url = new URL(desk.url());
    const categories = await desk.locator('table tbody tr td:nth-child(8)').allTextContents();
    expect(categories.length).toBe(25);
    expect(new Set(categories)).toEqual(new Set(['Beslisser']));
    expect(new Set(await desk.locator('table tbody tr td:nth-child(9)').allTextContents())).toEqual(new Set(['Ja']));
    const lastNames = (await desk.locator('table tbody tr td:nth-child(2)').allTextContents()).map((p) => fold(p.split(',')[0]));
    expect(lastNames).toEqual([...lastNames].sort());
    await screenshot(desk, 'persons-in-organisation-list-desktop');
    await desk.context().close();

    const page = await signedIn(demo.user, phone);
    await page.goto(`${url.pathname}${url.search}`);
    expect(await page.locator('thead').isVisible()).toBe(false);
    const cards = page.getByTestId('result-rows').locator(':scope > tr');
    expect(await cards.count()).toBe(25);
    expect(await cards.first().textContent()).toContain('Beslisser');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'persons-in-organisation-list-phone');
    await cards.first().getByRole('link').first().click();
    await page.getByTestId('record-position').waitFor();
    expect(await page.getByTestId('record-position').textContent()).toMatch(/^1 van/);
    await page.getByRole('link', { name: 'Volgende' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid=record-position]')?.textContent?.startsWith('2 van'));
    expect(await detail(page, 'Categorie').textContent()).toBe('Beslisser');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'person-in-organisation-card-phone');
    await page.context().close();
  });

  it('lets a CRM Super user delete after confirmation and restore from the Deleted view', async () => {
    const page = await signedIn(demo.super);
    await page.goto('/persons-in-organisation?active=no');
    await page.locator('table tbody tr').first().getByRole('link').first().click();
    await page.waitForURL(/\/persons-in-organisation\/\d+/);
    const id = idOf(page);
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    await page.getByRole('button', { name: 'Verwijderen' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toContain('De persoon en de organisatie blijven bestaan.');
    await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.waitForURL(/\/persons-in-organisation\?deleted=/);
    await page.getByRole('link', { name: 'Verwijderde tonen' }).click();
    await page.waitForURL(/view=deleted/);
    await page.locator(`a[href^="/persons-in-organisation/${id}?"]`).first().click();
    await page.getByRole('button', { name: `${title} herstellen` }).click();
    await page.getByRole('link', { name: 'Wijzigen' }).waitFor();
    expect(await page.getByTestId('history').textContent()).toContain('Hersteld');
    await page.context().close();
  });
});
