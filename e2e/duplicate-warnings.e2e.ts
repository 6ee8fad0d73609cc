import type { Browser, Locator, Page } from 'playwright-core';
import { demo, desktop, launchBrowser, newContext, phone, screenshot, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function signedIn(viewport: typeof desktop): Promise<Page> {
  const page = await (await newContext(browser, viewport)).newPage();
  await signIn(page, demo.user);
  return page;
}

// Waits for the next answer of the duplicate check.
const nextCheck = (page: Page) => page.waitForResponse((r) => r.url().includes('/api/business-relation/duplicates'));
const dutchOrder = (names: string[]) => [...names].sort(new Intl.Collator('nl', { sensitivity: 'base', numeric: true }).compare);
const optionTexts = async (select: Locator) => (await select.locator('option').allTextContents()).filter((o) => !o.startsWith('—'));

describe.each([
  ['desktop', desktop, '55667788', '99'],
  ['phone', phone, '55667799', '98'],
])('duplicate warnings in the ordinary forms on %s', (name, viewport, kvk, houseNumber) => {
  const organisation = `Duplotest Techniek ${name} B.V.`;
  const email = `pieter.duplosma.${name}@example.test`;

  it('warn in the organisation form about the same KvK number, a similar name and the same address, with a link, but never about the record itself', async () => {
    const page = await signedIn(viewport);
    await page.goto('/organisations/new');
    const managers = await optionTexts(page.getByLabel('Accountmanager'));
    expect(managers).toEqual(dutchOrder(managers));
    await page.getByLabel('Naam').fill(organisation);
    await page.getByLabel('KvK-nummer').fill(kvk);
    await page.getByRole('tab', { name: 'Bezoekadres' }).click();
    await page.getByLabel('Postcode').fill('3511 AB');
    await page.getByLabel('Huisnummer').fill(houseNumber);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/\/organisations\/\d+$/);
    const id = new URL(page.url()).pathname.split('/').pop();

    await page.goto('/organisations/new');
    await page.getByLabel('KvK-nummer').fill(kvk.replace(/(\d{4})/, '$1 '));
    const warning = page.getByTestId('duplicates-organisation');
    const match = warning.getByRole('listitem').filter({ has: page.getByRole('link', { name: organisation }) });
    await match.getByText('zelfde KvK-nummer').waitFor();
    await page.getByLabel('KvK-nummer').fill('');
    await page.getByLabel('Naam').fill(`Duplotest Techniek ${name}`);
    await match.getByText('lijkende naam').waitFor();
    await page.getByLabel('Naam').fill('');
    await page.getByRole('tab', { name: 'Bezoekadres' }).click();
    await page.getByLabel('Postcode').fill('3511ab');
    await page.getByLabel('Huisnummer').fill(houseNumber);
    await match.getByText('zelfde postcode en huisnummer').waitFor();
    await screenshot(page, `duplicates-organisation-form-${name}`);
    await warning.getByRole('link', { name: organisation }).click();
    await page.waitForURL(new RegExp(`/organisations/${id}$`));

    await page.goto(`/organisations/${id}/edit`);
    expect(await optionTexts(page.getByLabel('Accountmanager'))).toEqual(managers);
    // A similar name and the same KvK number typed differently: without leaving it out, it would match itself.
    const check = nextCheck(page);
    await page.getByLabel('Naam').fill(`${organisation} (Utrecht)`);
    await page.getByLabel('KvK-nummer').fill(kvk.replace(/(\d{4})/, '$1 '));
    await check;
    await page.waitForTimeout(200);
    expect(await page.getByTestId('duplicates-organisation').locator(`a[href="/organisations/${id}"]`).count()).toBe(0);
    await page.context().close();
  });

  it('warn in the person form about the same e-mail and the same name with date of birth, with a link, but never about the person itself', async () => {
    const page = await signedIn(viewport);
    await page.goto('/persons/new');
    await page.getByLabel('Voornaam').fill('Pieter');
    await page.getByLabel('Achternaam').fill(`Duplosma${name}`);
    await page.getByLabel('Geboortedatum').fill('03-02-1980');
    await page.getByLabel('E-mail (privé)').fill(email);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/\/persons\/\d+$/);
    const id = new URL(page.url()).pathname.split('/').pop();

    await page.goto('/persons/new');
    const warning = page.getByTestId('duplicates-person');
    await page.getByLabel('E-mail (privé)').fill(email.toUpperCase());
    const match = warning.getByRole('listitem').filter({ has: page.getByRole('link', { name: `Pieter Duplosma${name}` }) });
    await match.getByText('zelfde e-mailadres').waitFor();
    await page.getByLabel('E-mail (privé)').fill('');
    await page.getByLabel('Voornaam').fill('pieter');
    await page.getByLabel('Achternaam').fill(`duplosma${name}`);
    await page.getByLabel('Geboortedatum').fill('3-2-1980');
    await match.getByText('zelfde naam en geboortedatum').waitFor();
    await screenshot(page, `duplicates-person-form-${name}`);
    await warning.getByRole('link', { name: `Pieter Duplosma${name}` }).click();
    await page.waitForURL(new RegExp(`/persons/${id}$`));

    // Typed differently but the same as the stored person: without leaving it out, it would match itself twice.
    await page.goto(`/persons/${id}/edit`);
    const check = nextCheck(page);
    await page.getByLabel('Achternaam').fill(`duplosma${name}`);
    await page.getByLabel('E-mail (privé)').fill(email.toUpperCase());
    await check;
    await page.waitForTimeout(200);
    expect(await page.getByTestId('duplicates-person').locator(`a[href="/persons/${id}"]`).count()).toBe(0);
    await page.context().close();
  });
});
