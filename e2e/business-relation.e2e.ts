import type { Browser, Page } from 'playwright-core';
import { demo, desktop, launchBrowser, newContext, phone, screenshot, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function signedIn(viewport = desktop): Promise<Page> {
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  await signIn(page, demo.user);
  return page;
}

// The name of the first demo organisation in the list.
async function someOrganisation(page: Page): Promise<string> {
  await page.goto('/organisations');
  return ((await page.locator('table tbody tr td:nth-child(2)').first().textContent()) ?? '').trim();
}

const section = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const detail = (page: Page, label: string) => page.locator('dl > div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('add business relation', () => {
  it('adds a person at a new organisation in one go, with errors at their fields first, and opens the new record', async () => {
    const page = await signedIn();
    await page.getByRole('link', { name: '+ Zakelijke relatie toevoegen' }).click();
    await page.waitForURL(/\/business-relation\/new$/);
    const person = section(page, 'Persoon');
    const business = section(page, 'Zakelijke gegevens');
    const organisation = section(page, 'Organisatiegegevens');

    await page.getByRole('button', { name: 'Opslaan' }).click();
    await person.getByText('Vul dit veld in.').waitFor();
    expect(await organisation.getByText('Vul dit veld in.').count()).toBe(1);

    await person.getByLabel('Voornaam').fill('Fenna');
    await person.getByLabel('Tussenvoegsel').fill('van');
    await person.getByLabel('Achternaam').fill('Wizardsma');
    await business.getByLabel('Functie', { exact: true }).fill('Inkoper');
    await business.getByLabel('Zakelijk e-mailadres').fill('Fenna@Wizardbedrijf.NL');
    await business.getByLabel('Begindatum').fill('01-03-2026');
    await organisation.getByLabel(/^Naam/).fill('Wizardbedrijf Testmakers B.V.');
    await organisation.getByLabel('KvK-nummer').fill('123');
    await section(page, 'Bezoekadres').getByLabel('Postcode').fill('3511ab');
    await section(page, 'Bezoekadres').getByLabel('Huisnummer').fill('7');
    await section(page, 'Bezoekadres').getByLabel('Plaats').fill('Utrecht');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await organisation.getByText('Een KvK-nummer heeft precies 8 cijfers.').waitFor();
    expect(await person.getByLabel('Achternaam').inputValue()).toBe('Wizardsma');
    expect(new URL(page.url()).pathname).toBe('/business-relation/new');

    await organisation.getByLabel('KvK-nummer').fill('9876 5432');
    await screenshot(page, 'business-relation-desktop');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/\/persons-in-organisation\/\d+$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Fenna van Wizardsma bij Wizardbedrijf Testmakers B.V.');
    expect(await detail(page, 'Functie').textContent()).toBe('Inkoper');
    expect(await detail(page, 'Zakelijk e-mailadres').textContent()).toBe('fenna@wizardbedrijf.nl');
    expect(await detail(page, 'Begindatum').textContent()).toBe('01-03-2026');
    await page.getByRole('link', { name: 'Wizardbedrijf Testmakers B.V.' }).click();
    await page.waitForURL(/\/organisations\/\d+/);
    expect(await detail(page, 'KvK-nummer').textContent()).toBe('98765432');
    expect(await page.getByTestId('organisation-persons').textContent()).toContain('Fenna van Wizardsma');

    await page.goto('/business-relation/new');
    await section(page, 'Zakelijke gegevens').getByLabel('Zakelijk e-mailadres').fill('fenna@wizardbedrijf.nl');
    const warning = page.getByTestId('duplicates-business');
    await warning.getByRole('link', { name: 'Fenna van Wizardsma bij Wizardbedrijf Testmakers B.V.' }).waitFor();
    expect(await warning.textContent()).toContain('zelfde e-mailadres');
    await page.context().close();
  });

  it('warns while the name of an existing organisation is typed, links to it, and uses it instead', async () => {
    const page = await signedIn();
    const existing = await someOrganisation(page);
    await page.goto('/business-relation/new');
    await section(page, 'Persoon').getByLabel('Achternaam').fill('Dubbelcheck');
    await section(page, 'Organisatiegegevens').getByLabel(/^Naam/).fill(existing);
    const warning = page.getByTestId('duplicates-organisation');
    const link = warning.getByRole('link', { name: existing });
    await link.waitFor();
    expect(await warning.textContent()).toContain('lijkende naam');
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/organisations\/\d+$/);
    await screenshot(page, 'business-relation-duplicate');

    await warning.getByRole('button', { name: 'Deze organisatie gebruiken' }).click();
    expect(await page.getByRole('combobox', { name: 'Organisatie', exact: true }).inputValue()).toBe(existing);
    await page.getByText('Dit zijn de bekende gegevens van de gekozen organisatie.').waitFor();
    await detail(page, 'Naam').filter({ hasText: existing }).waitFor();
    expect(await section(page, 'Organisatiegegevens').getByLabel(/^Naam/).count()).toBe(0);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/\/persons-in-organisation\/\d+$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Dubbelcheck bij ${existing}`);
    expect(await page.getByRole('link', { name: existing }).getAttribute('href')).toBe(href);
    await page.context().close();
  });

  it('fits a 390 px phone, with a duplicate warning and with an existing organisation chosen', async () => {
    const page = await signedIn(phone);
    const existing = await someOrganisation(page);
    await page.goto('/business-relation/new');
    expect(await overflow(page)).toBeLessThanOrEqual(390);
    await section(page, 'Persoon').getByLabel('Achternaam').fill('Telefoonsma');
    await section(page, 'Organisatiegegevens').getByLabel(/^Naam/).fill(existing);
    await page.getByTestId('duplicates-organisation').getByRole('link', { name: existing }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(390);
    await screenshot(page, 'business-relation-phone');
    await page.getByTestId('duplicates-organisation').getByRole('button', { name: 'Deze organisatie gebruiken' }).click();
    await page.getByRole('button', { name: 'Gegevens aanvullen of wijzigen' }).click();
    expect(await section(page, 'Organisatiegegevens').getByLabel(/^Naam/).inputValue()).toBe(existing);
    expect(await page.getByTestId('duplicates-organisation').getByRole('link', { name: existing }).count()).toBe(0);
    expect(await overflow(page)).toBeLessThanOrEqual(390);
    await screenshot(page, 'business-relation-phone-existing');
    await page.context().close();
  });
});
