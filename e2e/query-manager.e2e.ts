import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { demo, desktop, launchBrowser, newContext, phone, screenshot, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const count = async (page: Page) => Number(((await page.getByTestId('list-count').textContent()) ?? '').replace(/\D/g, ''));

// Presses Tab until the element has the focus (the keyboard's way there), at most `max` times.
async function tabTo(page: Page, selector: string, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`no focus on ${selector}`);
}

describe.each([
  ['desktop', desktop],
  ['phone', phone],
])('the query manager on %s', (name, viewport) => {
  it('builds a two-group query with the keyboard, saves and shares it; a colleague runs it and cannot change it', async () => {
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    await signIn(page, demo.user);
    await page.goto('/organisations?all');
    const all = await count(page);

    await page.getByText('Geavanceerd zoeken', { exact: true }).click();
    const builder = page.getByRole('group', { name: 'Geavanceerd zoeken' });
    // + Condition with the keyboard: the new row's field has the focus.
    await builder.getByRole('button', { name: '+ Voorwaarde' }).last().focus();
    await page.keyboard.press('Enter');
    const field1 = page.getByRole('combobox', { name: 'Veld van voorwaarde 1' });
    await expectFocused(page, field1);
    await field1.selectOption({ label: 'Naam' });
    await page.getByRole('combobox', { name: 'Vergelijking van voorwaarde 1' }).selectOption({ label: 'bevat' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('a');

    // + Group: an OR group with a first row, then a second row in it, all from the keyboard.
    await builder.getByRole('button', { name: '+ Groep' }).first().focus();
    await page.keyboard.press('Enter');
    const inner = builder.getByRole('group', { name: 'Groep' });
    await inner.getByRole('combobox', { name: 'Voldoet aan' }).selectOption('or');
    await inner.getByRole('combobox', { name: 'Veld van voorwaarde 1' }).selectOption({ label: 'Status' });
    await inner.getByRole('combobox', { name: 'Vergelijking van voorwaarde 1' }).selectOption({ label: 'is een van' });
    for (const status of ['Prospect', 'Suspect']) {
      const box = inner.getByRole('checkbox', { name: status });
      await box.focus();
      if (!(await box.isChecked())) await page.keyboard.press('Space');
      expect(await box.isChecked()).toBe(true);
    }
    await inner.getByRole('button', { name: '+ Voorwaarde' }).focus();
    await page.keyboard.press('Enter');
    await inner.getByRole('combobox', { name: 'Veld van voorwaarde 2' }).selectOption({ label: 'Accountmanager' });
    await inner.getByRole('combobox', { name: 'Vergelijking van voorwaarde 2' }).selectOption({ label: 'is' });
    await inner.getByRole('combobox', { name: 'Waarde' }).last().selectOption({ label: 'Ikzelf' });
    // A third row removed again with the keyboard.
    await inner.getByRole('button', { name: '+ Voorwaarde' }).focus();
    await page.keyboard.press('Enter');
    await inner.getByRole('button', { name: 'Voorwaarde 3 verwijderen' }).focus();
    await page.keyboard.press('Enter');
    expect(await inner.getByRole('combobox', { name: 'Veld van voorwaarde 3' }).count()).toBe(0);
    await screenshot(page, `query-built-${name}`);
    await page.getByTestId('query-builder').screenshot({ path: path.join(__dirname, 'artifacts', `query-builder-${name}.png`) });

    await tabTo(page, '[data-testid=query-builder] button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]c=/);
    await page.getByTestId('result-rows').waitFor();
    const found = await count(page);
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(all);
    expect(decodeURIComponent(new URL(page.url()).searchParams.get('c') ?? '')).toMatch(/^and\(name\.contains:a,or\(statusId\.isAnyOf:\d+\|\d+,accountManagerId\.is:me\)\)$/);

    const title = `Prospects met a (${name} ${Date.now() % 100000})`;
    const nameInput = page.getByLabel('Huidige zoekopdracht opslaan als');
    if (!(await nameInput.isVisible())) await page.getByText('Opgeslagen zoekopdrachten', { exact: true }).click();
    await nameInput.fill(title);
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]s=\d+/);
    await page.reload();
    const panel = page.getByRole('list', { name: 'Opgeslagen zoekopdrachten' });
    await panel.getByRole('link', { name: title }).waitFor();
    const entry = panel.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
    await entry.getByRole('button', { name: 'Delen' }).click();
    await page.getByRole('status').filter({ hasText: 'gedeeld met alle gebruikers' }).waitFor();
    await entry.getByText('Gedeeld', { exact: true }).waitFor();
    await entry.getByRole('button', { name: 'Niet meer delen' }).waitFor();
    await screenshot(page, `query-saved-${name}`);
    await context.close();

    const other = await newContext(browser, viewport);
    const colleague = await other.newPage();
    await signIn(colleague, 'fleur@relatio.test');
    await colleague.goto('/organisations?all');
    const shared = colleague.getByRole('list', { name: 'Opgeslagen zoekopdrachten' }).getByRole('listitem').filter({ has: colleague.getByRole('link', { name: title }) });
    await shared.getByText('Gedeeld door Umut Gebruiker').waitFor();
    expect(await shared.getByRole('button', { name: /hernoemen|verwijderen|Wijzigingen opslaan|Niet meer delen/i }).count()).toBe(0);
    await shared.getByRole('link', { name: title }).click();
    await colleague.waitForURL(/[?&]c=/);
    await colleague.getByTestId('result-rows').waitFor();
    // "Mine" is the colleague's own account now: a different result, from the same query.
    expect(decodeURIComponent(new URL(colleague.url()).searchParams.get('c') ?? '')).toContain('accountManagerId.is:me');
    await shared.getByRole('button', { name: `${title} kopiëren naar mijn zoekopdrachten` }).click();
    await colleague.getByRole('status').filter({ hasText: 'eigen zoekopdrachten' }).waitFor();
    await screenshot(colleague, `query-shared-${name}`);
    await other.close();
  });
});

async function expectFocused(page: Page, locator: ReturnType<Page['getByRole']>) {
  await page.waitForFunction((el) => document.activeElement === el, await locator.elementHandle());
}
