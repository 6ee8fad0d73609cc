import type { Browser, Page } from 'playwright-core';
import { demo, desktop, launchBrowser, newContext, phone, screenshot, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function signedIn(email: string = demo.user, viewport = desktop): Promise<Page> {
  const page = await (await newContext(browser, viewport)).newPage();
  await signIn(page, email);
  return page;
}

async function createPerson(page: Page, first: string, prefix: string, last: string) {
  await page.goto('/persons/new');
  await page.getByLabel('Voorletters').fill('j');
  await page.getByLabel('Voornaam').fill(first);
  await page.getByLabel('Tussenvoegsel').fill(prefix);
  await page.getByLabel('Achternaam').fill(last);
  await page.getByLabel('Mobiel').fill('06 12345678');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.waitForURL(/\/persons\/\d+$/);
  return Number(new URL(page.url()).pathname.split('/').pop());
}

async function createOrganisation(page: Page, name: string) {
  await page.goto('/organisations/new');
  await page.getByLabel('Naam').fill(name);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.waitForURL(/\/organisations\/\d+$/);
}

// Types into a picker and chooses the suggestion named exactly `label`.
async function pick(page: Page, name: string, label: string) {
  const box = page.getByRole('combobox', { name });
  await box.fill(label);
  await page.locator('[role=option] > span:first-child').getByText(label, { exact: true }).first().click();
  expect(await box.inputValue()).toBe(label);
}

const run = Date.now().toString(36).slice(-5);
const [firstEmployer, secondEmployer] = [`Eerste Baan ${run} B.V.`, `Tweede Baan ${run} B.V.`];
let personId = 0;
const jobs = (page: Page) => page.getByTestId('person-employments').getByRole('listitem');

describe('persons', () => {
  it('adds a person to an organisation from the person card: Business tab, organisation picker, saved, shown on the card', async () => {
    const page = await signedIn();
    await createOrganisation(page, firstEmployer);
    await createOrganisation(page, secondEmployer);
    personId = await createPerson(page, 'Karin', 'de', `Wit${run}`);
    await page.getByRole('link', { name: 'Zakelijk', exact: true }).click();
    await page.waitForURL(/tab=business/);
    await page.getByText('Nog niet aan een organisatie gekoppeld.').waitFor();
    await page.getByRole('link', { name: '+ Persoon in organisatie toevoegen' }).click();
    await page.waitForURL(new RegExp(`/persons-in-organisation/new\\?personId=${personId}$`));
    expect(await page.getByRole('combobox', { name: 'Persoon' }).inputValue()).toBe(`Karin de Wit${run}`);
    await pick(page, 'Organisatie', firstEmployer);
    await page.getByLabel('Functie', { exact: true }).fill('Adviseur');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/\/persons-in-organisation\/\d+$/);
    await page.goto(`/persons/${personId}?tab=business`);
    expect(await jobs(page).count()).toBe(1);
    expect(await jobs(page).first().textContent()).toContain(`${firstEmployer}Adviseur`);
    await page.context().close();
  });

  it('changes employer from the person card: the old record inactive with its end date, the new one active, both on the Business tab', async () => {
    const page = await signedIn();
    await page.goto(`/persons/${personId}?tab=business`);
    await jobs(page).first().getByRole('link', { name: 'Andere werkgever' }).click();
    await page.waitForURL(/\/change-employer$/);
    await page.getByLabel('Laatste werkdag').fill('31-10-2026');
    await pick(page, 'Nieuwe organisatie', secondEmployer);
    await page.getByRole('button', { name: 'Werkgever wijzigen' }).click();
    await page.waitForURL((url) => /^\/persons-in-organisation\/\d+$/.test(url.pathname));
    await page.goto(`/persons/${personId}?tab=business`);
    expect(await jobs(page).count()).toBe(2);
    const [current, former] = [jobs(page).first(), jobs(page).nth(1)];
    expect(await current.textContent()).toContain(secondEmployer);
    expect(await current.textContent()).toContain('01-11-2026 – heden');
    expect(await current.textContent()).not.toContain('vroeger');
    expect(await current.getByRole('link', { name: 'Andere werkgever' }).count()).toBe(1);
    expect(await former.textContent()).toContain(firstEmployer);
    expect(await former.textContent()).toContain('vroeger');
    expect(await former.textContent()).toContain('– 31-10-2026');
    expect(await former.getByRole('link', { name: 'Andere werkgever' }).count()).toBe(0);
    await screenshot(page, 'person-card-business');
    await page.context().close();
  });

  it('creates a person with a tussenvoegsel and finds them as "van den Berg", "Berg" and "vd berg"', async () => {
    const page = await signedIn();
    await createPerson(page, 'Jozef', 'van den', 'Bergzicht');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Jozef van den Bergzicht');
    await page.getByText('06 12345678').waitFor();
    for (const q of ['van den Bergzicht', 'Bergzicht', 'vd bergzicht']) {
      await page.goto(`/persons?q=${encodeURIComponent(q)}`);
      await page.getByRole('link', { name: 'Bergzicht, Jozef van den' }).first().waitFor();
    }
    await page.context().close();
  });

  it('refuses a missing last name at the field and keeps the rest of the input', async () => {
    const page = await signedIn();
    await page.goto('/persons/new');
    await page.getByLabel('Voornaam').fill('Zonder');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Vul dit veld in.').waitFor();
    expect(await page.getByLabel('Voornaam').inputValue()).toBe('Zonder');
    await page.context().close();
  });

  it('deletes after a confirmation that names the records in organisations, and restores', async () => {
    const page = await signedIn(demo.super);
    await page.goto('/persons?employed=yes&sort=name');
    await page.locator('table tbody tr').first().getByRole('link').first().click();
    await page.waitForURL(/\/persons\/\d+/);
    const name = await page.getByRole('heading', { level: 1 }).textContent();
    await page.getByRole('button', { name: 'Verwijderen' }).click();
    const listed = page.getByTestId('delete-employments').getByRole('listitem');
    expect(await listed.count()).toBeGreaterThan(0);
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.waitForURL(/\/persons$/);
    await page.goto(`/persons?view=deleted`);
    await page.locator('table tbody tr').first().getByRole('link').first().click();
    await page.waitForURL(/\/persons\/\d+/);
    await page.getByRole('button', { name: /herstellen/ }).click();
    await page.getByRole('link', { name: 'Wijzigen' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
    await page.getByRole('link', { name: 'Zakelijk', exact: true }).click();
    await page.waitForURL(/tab=business/);
    await page.getByTestId('person-employments').waitFor();
    expect(await page.getByTestId('person-employments').getByRole('listitem').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('shows the list and the card on a 390 px phone', async () => {
    const page = await signedIn(demo.user, phone);
    await page.goto('/persons');
    expect(await page.getByTestId('result-rows').locator(':scope > tr').count()).toBe(25);
    await screenshot(page, 'persons-list-phone');
    await page.getByTestId('result-rows').locator(':scope > tr').first().getByRole('link').first().click();
    await page.getByRole('link', { name: 'Zakelijk', exact: true }).click();
    await page.waitForURL(/tab=business/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'person-card-phone');
    await page.context().close();
  });
});
