import type { Browser, Page } from 'playwright-core';
import { demo, desktop, launchBrowser, newContext, phone, screenshot, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const run = Date.now().toString(36).slice(-5);
const main = `Hoofd ${run}`;
const [first, second] = [`Eerste ${run}`, `Tweede ${run}`];
let cardUrl = '';

async function openAddForm(page: Page) {
  await page.goto('/segments');
  const add = page.getByRole('button', { name: '+ Segment toevoegen' });
  if (await add.isVisible()) await add.click();
}

// Adds a segment through the [+ Add segment] form (opened) and waits until the tree shows it.
async function addSegment(page: Page, name: string, under?: string) {
  await page.getByLabel(under ? 'Subsegment' : 'Hoofdsegment', { exact: true }).check();
  if (under) await page.getByLabel('Onder hoofdsegment').selectOption({ label: under });
  await page.locator('#segment-new-name').fill(name);
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await page.getByRole('status').filter({ hasText: `Segment ${name} toegevoegd.` }).waitFor();
  await page.getByRole('button', { name: `${name} wijzigen` }).waitFor();
}

const subsegmentsInTree = (page: Page) => page.getByRole('list', { name: `Subsegmenten van ${main}` }).locator(':scope > li p:first-child').allTextContents();
// Waits (up to 10 s) until `read` returns `expected`, then compares once more for a clear failure.
async function eventually<T>(read: () => Promise<T>, expected: T) {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
    if (JSON.stringify(await read()) === JSON.stringify(expected)) break;
  }
  expect(await read()).toEqual(expected);
}
const optionTexts = (page: Page, select: string) => page.locator(`${select} option`).allTextContents();

describe('maintaining segments', () => {
  it('lets a CRM Super user build a main segment with two subsegments and reorder them, and the organisation form follows that order and clears a subsegment of another segment', async () => {
    const context = await newContext(browser, desktop);
    const page = await context.newPage();
    await signIn(page, demo.super);
    await openAddForm(page);
    await addSegment(page, main);
    await addSegment(page, first, main);
    await addSegment(page, second, main);
    expect(await subsegmentsInTree(page)).toEqual([first, second]);

    await page.getByRole('button', { name: `${second} omhoog` }).click();
    await eventually(() => subsegmentsInTree(page), [second, first]);
    expect(await page.getByRole('button', { name: `${second} omhoog` }).isDisabled()).toBe(true);

    await page.goto('/organisations/new');
    await page.getByLabel('Segment', { exact: true }).selectOption({ label: main });
    expect(await optionTexts(page, '#org-subsegmentId')).toEqual(['— geen —', second, first]);

    // Another main segment clears the subsegment, so it is not saved under the wrong segment.
    await page.locator('#org-name').fill(`Wissel ${run} BV`);
    await page.getByLabel('Subsegment', { exact: true }).selectOption({ label: first });
    await page.getByLabel('Segment', { exact: true }).selectOption({ label: 'Zakelijke markt' });
    expect(await page.getByLabel('Subsegment', { exact: true }).inputValue()).toBe('');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL((url) => /^\/organisations\/\d+$/.test(url.pathname));
    const onCard = (label: string) => page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd').textContent();
    expect([await onCard('Segment'), await onCard('Subsegment')]).toEqual(['Zakelijke markt', '—']);
    await page.goto('/segments');
    await screenshot(page, 'segments-desktop');
    await context.close();
  });

  it('shows a user the tree without any edit controls', async () => {
    const context = await newContext(browser, desktop);
    const page = await context.newPage();
    await signIn(page, demo.user);
    await page.goto('/segments');
    await page.getByRole('list', { name: 'Segmentenboom' }).waitFor();
    expect(await page.getByText(main, { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '+ Segment toevoegen' }).count()).toBe(0);
    expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
    await context.close();
  });

  it('hides a deactivated segment from the organisation form while an organisation that has it keeps showing it, marked inactive', async () => {
    const context = await newContext(browser, desktop);
    const page = await context.newPage();
    await signIn(page, demo.super);
    await page.goto('/organisations/new');
    await page.locator('#org-name').fill(`Segmenttest ${run} BV`);
    await page.getByLabel('Segment', { exact: true }).selectOption({ label: main });
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL((url) => /^\/organisations\/\d+$/.test(url.pathname));
    cardUrl = page.url();
    const segmentOnCard = () => page.locator('dt', { hasText: /^Segment$/ }).locator('xpath=following-sibling::dd').textContent();
    expect(await segmentOnCard()).toBe(main);

    await page.goto('/segments');
    await page.getByRole('button', { name: `${main} deactiveren` }).click();
    await page.getByRole('button', { name: `${main} activeren` }).waitFor();

    await page.goto('/organisations/new');
    expect(await optionTexts(page, '#org-segmentId')).not.toContain(main);
    await page.goto(cardUrl);
    expect(await segmentOnCard()).toBe(`${main} (inactief)`);
    await page.goto(`/organisations?q=${encodeURIComponent(`Segmenttest ${run}`)}&cols=name,segment`);
    expect(await page.locator('table tbody tr td:nth-child(3)').first().textContent()).toBe(`${main} (inactief)`);
    await context.close();
  });

  it('fits the tree and its controls on a 390 px phone', async () => {
    const context = await newContext(browser, phone);
    const page = await context.newPage();
    await signIn(page, demo.super);
    await page.goto('/segments');
    await page.getByRole('list', { name: 'Segmentenboom' }).waitFor();
    expect(await page.getByRole('button', { name: `${first} omhoog` }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'segments-phone');
    await context.close();
  });

  it('merges a used main segment into another one: its organisation moves and its subsegments follow', async () => {
    const context = await newContext(browser, desktop);
    const page = await context.newPage();
    await signIn(page, demo.super);
    await page.goto('/segments');
    await page.getByRole('button', { name: `${main} samenvoegen` }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toContain('1 organisatie');
    await dialog.getByLabel('Samenvoegen met').selectOption({ label: 'Zakelijke markt' });
    await dialog.getByRole('button', { name: 'Samenvoegen', exact: true }).click();
    await page.getByRole('button', { name: `${main} wijzigen` }).waitFor({ state: 'detached' });
    const subs = await page.getByRole('list', { name: 'Subsegmenten van Zakelijke markt' }).locator(':scope > li p:first-child').allTextContents();
    expect(subs.slice(-2)).toEqual([second, first]);
    await page.goto(cardUrl);
    expect(await page.locator('dt', { hasText: /^Segment$/ }).locator('xpath=following-sibling::dd').textContent()).toBe('Zakelijke markt');
    await context.close();
  });
});
