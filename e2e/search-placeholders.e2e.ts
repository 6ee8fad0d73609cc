import type { Browser } from 'playwright-core';
import { demo, desktop, launchBrowser, newContext, phone, screenshot, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const lists = ['/organisations', '/persons', '/persons-in-organisation'];

describe.each([
  ['desktop', desktop],
  ['phone', phone],
])('search placeholders on %s', (name, viewport) => {
  it.each(['nl-NL', 'en-GB', 'fr-BE'])('fit the search box of every list in %s', async (locale) => {
    const page = await (await newContext(browser, viewport, locale)).newPage();
    await signIn(page, demo.super);
    for (const list of lists) {
      await page.goto(list);
      const box = page.locator('#list-search');
      await box.waitFor();
      // The placeholder's width in the box's font against the room inside the box.
      const fit = await box.evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = style.font;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { placeholder: input.placeholder, text: Math.ceil(context.measureText(input.placeholder).width), room: Math.floor(room) };
      });
      expect(fit.placeholder.length).toBeGreaterThan(5);
      expect({ ...fit, fits: fit.text <= fit.room }).toEqual({ ...fit, fits: true });
      if (list === '/organisations') await screenshot(page, `search-placeholder-${locale}-${name}`);
    }
    await page.context().close();
  });
});
