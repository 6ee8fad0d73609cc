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

const rowNames = (page: Page) => page.locator('table tbody tr td:nth-child(2)').allTextContents();

async function createOrganisation(page: Page, name: string, city?: string) {
  await page.goto('/organisations/new');
  await page.getByLabel('Naam').fill(name);
  if (city) {
    await page.getByRole('tab', { name: 'Bezoekadres' }).click();
    await page.getByLabel('Plaats').fill(city);
  }
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.waitForURL(/\/organisations\/\d+$/);
  return Number(new URL(page.url()).pathname.split('/').pop());
}

describe('organisations', () => {
  it('keeps search, criteria and sort in the URL so a bookmark gives the same result', async () => {
    const page = await signedIn();
    await page.goto('/organisations');
    await page.getByLabel('Organisaties zoeken').fill('groep');
    await page.waitForURL(/q=groep/);
    await page.getByText('Zoekcriteria').click();
    await page.getByLabel('Actief', { exact: true }).selectOption('yes');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/active=yes/);
    await page.getByRole('link', { name: /Plaats/ }).click();
    await page.waitForURL(/sort=city/);
    await page.getByRole('link', { name: /Plaats/ }).click();
    await page.waitForURL(/dir=desc/);
    await page.locator('table tbody tr').first().waitFor();
    const url = page.url();
    const cellCounts = await page.locator('table tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].filter((c) => getComputedStyle(c).display !== 'none').length));
    expect(new Set(cellCounts).size).toBe(1);
    const first = await rowNames(page);
    expect(first.length).toBeGreaterThan(0);
    expect(first[0]).toMatch(/groep/i);
    const other = await signedIn();
    await other.goto(url);
    expect(await rowNames(other)).toEqual(first);
    await other.context().close();
    await page.context().close();
  });

  it('shows a bad IBAN at its field, keeps the input, and saves it formatted once fixed', async () => {
    const page = await signedIn();
    await page.goto('/organisations/new');
    await page.getByLabel('Naam').fill('Test IBAN B.V.');
    await page.getByLabel('IBAN').fill('NL91 ABNA 0417 1643 01');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Dit IBAN klopt niet').waitFor();
    expect(await page.getByLabel('Naam').inputValue()).toBe('Test IBAN B.V.');
    await page.getByLabel('IBAN').fill('nl91abna0417164300');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/\/organisations\/\d+$/);
    await page.getByText('NL91 ABNA 0417 1643 00').waitFor();
    await page.context().close();
  });

  it('refuses the second of two concurrent edits and shows what changed', async () => {
    const first = await signedIn(demo.user);
    const id = await createOrganisation(first, 'Gelijktijdig B.V.', 'Utrecht');
    const second = await signedIn(demo.super);
    await first.goto(`/organisations/${id}/edit`);
    await second.goto(`/organisations/${id}/edit`);
    await first.getByLabel('Klantnummer').fill('K-EERSTE');
    const status = first.getByLabel('Status', { exact: true });
    await status.selectOption({ index: 1 });
    const statusLabel = await status.locator('option:checked').textContent();
    await first.getByLabel('Telefoon').fill('020-1234567');
    await first.getByRole('button', { name: 'Opslaan' }).click();
    await first.waitForURL(new RegExp(`/organisations/${id}$`));
    await second.getByLabel('Klantnummer').fill('K-TWEEDE');
    await second.getByRole('button', { name: 'Opslaan' }).click();
    const conflict = second.getByTestId('conflict');
    await conflict.waitFor();
    const changed = await conflict.locator('li').allTextContents();
    expect(changed).toEqual(expect.arrayContaining(['Klantnummer: K-EERSTE', `Status: ${statusLabel}`, 'Telefoon: 020 123 4567']));
    expect(await second.getByLabel('Klantnummer').inputValue()).toBe('K-TWEEDE');
    await first.context().close();
    await second.context().close();
  });

  it('deletes after a confirmation that says what goes with it, and a CRM Super user restores it', async () => {
    const page = await signedIn(demo.super);
    const id = await createOrganisation(page, 'Weg Ermee B.V.');
    await page.getByRole('button', { name: 'Verwijderen' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toContain('0 personen in organisatie');
    await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.waitForURL(/\/organisations\?deleted=/);
    await page.getByLabel('Organisaties zoeken').fill('Weg Ermee');
    await page.getByText('Niets gevonden').waitFor();
    await page.goto('/organisations?view=deleted&q=Weg+Ermee');
    await page.getByRole('link', { name: 'Weg Ermee B.V.' }).click();
    await page.getByRole('button', { name: /herstellen/ }).click();
    await page.getByRole('link', { name: 'Wijzigen' }).waitFor();
    await page.goto(`/organisations?q=Weg+Ermee`);
    await page.getByRole('link', { name: 'Weg Ermee B.V.' }).waitFor();
    const history = await (await page.goto(`/organisations/${id}`))!.text();
    expect(history).toContain('Hersteld');
    await page.context().close();
  });

  it('walks a filtered, sorted result with previous and next', async () => {
    const page = await signedIn();
    await page.goto('/organisations?active=yes&sort=city');
    const names = (await rowNames(page)).slice(0, 3);
    await page.locator('table tbody tr').first().getByRole('link').first().click();
    await page.getByTestId('record-position').waitFor();
    expect(await page.getByTestId('record-position').textContent()).toMatch(/^1 van/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(names[0]);
    await page.getByRole('link', { name: 'Volgende' }).click();
    await page.waitForFunction((n) => document.querySelector('h1')?.textContent === n, names[1]);
    expect(await page.getByTestId('record-position').textContent()).toMatch(/^2 van/);
    await page.getByRole('link', { name: 'Volgende' }).click();
    await page.waitForFunction((n) => document.querySelector('h1')?.textContent === n, names[2]);
    await page.getByRole('link', { name: 'Vorige' }).click();
    await page.waitForFunction((n) => document.querySelector('h1')?.textContent === n, names[1]);
    await page.getByRole('link', { name: 'Terug naar de lijst' }).click();
    await page.waitForURL(/\/organisations\?active=yes&sort=city$/);
    await page.context().close();
  });

  it('shows the list as cards and the card with its tabs on a 390 px phone', async () => {
    const page = await signedIn(demo.user, phone);
    await page.goto('/organisations?sort=name');
    expect(await page.locator('thead').isVisible()).toBe(false);
    const cards = page.getByTestId('result-rows').locator(':scope > tr');
    expect(await cards.count()).toBe(25);
    await page.getByLabel('Sorteren op').selectOption('name:desc');
    await page.waitForURL(/dir=desc/);
    await page.getByText('Zoekcriteria').click();
    await page.getByLabel('Actief', { exact: true }).selectOption('yes');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/active=yes/);
    const firstPage = await cards.first().getByRole('link').first().textContent();
    await page.getByRole('link', { name: 'Volgende' }).click();
    await page.waitForURL(/page=2/);
    expect(await cards.first().getByRole('link').first().textContent()).not.toBe(firstPage);
    expect(await page.getByTestId('list-range').textContent()).toMatch(/^26–50 van /);
    await page.getByRole('checkbox', { name: 'Alle rijen op deze pagina selecteren' }).check();
    await page.getByRole('status').filter({ hasText: '25 geselecteerd' }).waitFor();
    expect(await page.getByRole('button', { name: /^Alle .* resultaten selecteren$/ }).isVisible()).toBe(true);
    expect(await cards.getByRole('checkbox', { checked: true }).count()).toBe(25);
    await screenshot(page, 'organisations-list-phone');
    await cards.first().getByRole('link').click();
    await page.getByRole('link', { name: 'Bezoekadres' }).click();
    await page.waitForURL(/tab=visit/);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await screenshot(page, 'organisation-card-phone');
    await page.context().close();
  });
});
