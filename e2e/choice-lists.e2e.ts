import type { Browser } from 'playwright-core';
import { demo, desktop, launchBrowser, newContext, phone, screenshot, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('maintaining choice lists', () => {
  it('lets a CRM Super user move an industry up, and the organisation form offers the industries in that order', async () => {
    const context = await newContext(browser, desktop);
    const page = await context.newPage();
    await signIn(page, demo.super);
    await page.goto('/admin/choice-lists');
    const industries = page.getByRole('region', { name: 'Branche' }).locator('ol > li p:first-child');
    const before = await industries.allTextContents();
    await page.getByRole('button', { name: `${before[1]} omhoog` }).click();
    const expected = [before[1], before[0], ...before.slice(2)];
    for (const deadline = Date.now() + 10_000; Date.now() < deadline && JSON.stringify(await industries.allTextContents()) !== JSON.stringify(expected); ) {
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(await industries.allTextContents()).toEqual(expected);
    await page.goto('/organisations/new');
    expect((await page.locator('#org-industryId option').allTextContents()).slice(1)).toEqual(expected);
    await context.close();
  });

  it('is not there for a user', async () => {
    const context = await newContext(browser, desktop);
    const page = await context.newPage();
    await signIn(page, demo.user);
    expect((await page.goto('/admin/choice-lists'))?.status()).toBe(404);
    await context.close();
  });

  it('fits on a 390 px phone', async () => {
    const context = await newContext(browser, phone);
    const page = await context.newPage();
    await signIn(page, demo.super);
    await page.goto('/admin/choice-lists');
    await page.getByRole('region', { name: 'Relatiesoort' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'choice-lists-phone');
    await context.close();
  });
});
