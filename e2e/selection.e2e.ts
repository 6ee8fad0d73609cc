import type { Browser } from 'playwright-core';
import { demo, desktop, launchBrowser, newContext, phone, screenshot, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe.each([
  ['desktop', desktop],
  ['phone', phone],
])('selecting rows of a list on %s', (name, viewport) => {
  it('keeps the selection while paging the same result, and drops it when the criteria change', async () => {
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    await signIn(page, demo.user);
    await page.goto('/organisations?sort=name');
    const rows = page.getByTestId('result-rows').locator(':scope > tr');
    const checkbox = (i: number) => rows.nth(i).getByRole('checkbox');
    await checkbox(0).check();
    await page.getByRole('status').filter({ hasText: '1 geselecteerd' }).waitFor();
    await page.getByRole('link', { name: 'Volgende' }).click();
    await page.waitForURL(/page=2/);
    await checkbox(0).check();
    await checkbox(1).check();
    await page.getByRole('status').filter({ hasText: '3 geselecteerd' }).waitFor();
    await page.getByRole('link', { name: 'Vorige' }).click();
    await page.waitForURL((url) => !url.search.includes('page=2'));
    await page.getByRole('status').filter({ hasText: '3 geselecteerd' }).waitFor();
    expect(await checkbox(0).isChecked()).toBe(true);
    expect(await checkbox(1).isChecked()).toBe(false);
    await screenshot(page, `selection-kept-${name}`);

    await page.goto('/organisations?sort=name&active=yes');
    await rows.first().waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'geselecteerd' }).count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Alle rijen op deze pagina selecteren' }).first().check();
    await page.getByRole('button', { name: /^Alle .* resultaten selecteren$/ }).click();
    await page.getByRole('status').filter({ hasText: /^Alle .* resultaten geselecteerd/ }).waitFor();
    await page.getByRole('link', { name: 'Volgende' }).click();
    await page.waitForURL(/page=2/);
    await page.getByRole('status').filter({ hasText: /^Alle .* resultaten geselecteerd/ }).waitFor();
    expect(await checkbox(3).isChecked()).toBe(true);
    await context.close();
  });
});
