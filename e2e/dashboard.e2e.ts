import type { Browser, Page } from 'playwright-core';
import { demo, desktop, launchBrowser, newContext, phone, screenshot, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

// "01-12-2026, 21:05" as the dashboard writes it (Amsterdam time) → the moment.
function amsterdamMoment(text: string): Date {
  const [, d, m, y, hh, mm] = /(\d{2})-(\d{2})-(\d{4}), (\d{2}):(\d{2})/.exec(text)!;
  const utc = Date.UTC(+y, +m - 1, +d, +hh, +mm);
  const offset = new Date(utc).toLocaleString('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'shortOffset' }).match(/GMT([+-]\d+)/)?.[1] ?? '0';
  return new Date(utc - Number(offset) * 3600_000);
}

// A panel of the dashboard, by its heading.
const panel = (page: Page, title: string) => page.locator('section', { has: page.getByRole('heading', { name: title, exact: true }) });

async function signedIn(viewport: typeof desktop): Promise<Page> {
  const page = await (await newContext(browser, viewport)).newPage();
  await signIn(page, demo.user);
  await page.getByRole('heading', { name: /Welkom/ }).waitFor();
  return page;
}

describe.each([
  ['desktop', desktop],
  ['phone', phone],
])('the dashboard on %s', (name, viewport) => {
  it('links each count to its list and each recent record to its card', async () => {
    const page = await signedIn(viewport);
    for (const [label, path] of [
      ['Organisaties', '/organisations'],
      ['Personen', '/persons'],
      ['Personen in organisatie', '/persons-in-organisation'],
      ['Segmenten', '/segments'],
    ]) {
      const tile = page.getByRole('main').getByRole('link', { name: new RegExp(`^${label}\\s*[\\d.]+$`) });
      expect(await tile.getAttribute('href')).toBe(path);
    }
    await page.getByRole('main').getByRole('link', { name: /^Organisaties/ }).click();
    await page.waitForURL((url) => url.pathname === '/organisations');
    await page.goto('/');

    const created = panel(page, 'Recent aangemaakt');
    const first = created.getByRole('link').first();
    const label = ((await first.textContent()) ?? '').trim();
    await first.click();
    await page.waitForURL(/\/(organisations|persons|persons-in-organisation)\/\d+$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(label.split(' · ')[0]);
    await page.context().close();
  });

  it('links each open activity to its record by name, and marks the overdue ones in words and colour', async () => {
    const page = await signedIn(viewport);
    const rows = panel(page, 'Mijn openstaande activiteiten').getByRole('listitem');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    const now = Date.now();
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      const text = (await row.textContent()) ?? '';
      const overdue = amsterdamMoment(text).getTime() < now;
      expect([text, text.includes('Te laat'), await row.getAttribute('data-overdue')]).toEqual([text, overdue, String(overdue)]);
      expect(await row.evaluate((el) => getComputedStyle(el).backgroundColor !== 'rgb(255, 255, 255)')).toBe(overdue);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await screenshot(page, `dashboard-links-${name}`);

    const link = rows.first().getByRole('link');
    const record = ((await link.textContent()) ?? '').trim();
    expect(record.length).toBeGreaterThan(0);
    await link.click();
    await page.waitForURL(/\/(organisations|persons|persons-in-organisation)\/\d+$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(record);
    await page.context().close();
  });
});
