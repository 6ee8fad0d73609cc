import type { Browser, Page } from 'playwright-core';
import { localDate, localTime } from '@/lib/activities/due';
import { demo, desktop, launchBrowser, newContext, phone, screenshot, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

// Each viewport works as its own demo user, so their queues, badges and reminders do not meet.
async function signedIn(viewport: typeof desktop): Promise<Page> {
  const page = await (await newContext(browser, viewport)).newPage();
  await signIn(page, viewport === phone ? 'fleur@relatio.test' : demo.user);
  return page;
}

async function createOrganisation(page: Page, name: string): Promise<string> {
  await page.goto('/organisations/new');
  await page.getByLabel('Naam').fill(name);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.waitForURL(/\/organisations\/\d+$/);
  return new URL(page.url()).pathname;
}

// The number on the "My work" badge (in the bar on a desktop, on the menu button on a phone); 0 when none.
async function badge(page: Page): Promise<number> {
  const visible = page.locator('[data-testid=due-badge]:visible');
  return (await visible.count()) ? Number(await visible.first().locator('[aria-hidden=true]').textContent()) : 0;
}

async function addActivity(page: Page, fields: { kind?: string; subject: string; date?: string; time?: string; priority?: string; pinned?: boolean }) {
  await page.getByRole('button', { name: '+ Activiteit toevoegen' }).click();
  const form = page.getByRole('form', { name: '+ Activiteit toevoegen' });
  if (fields.kind) await form.getByLabel('Soort').selectOption({ label: fields.kind });
  await form.getByLabel('Onderwerp').fill(fields.subject);
  if (fields.date) await form.getByLabel('Datum').fill(fields.date);
  if (fields.time) await form.getByLabel('Tijd', { exact: true }).fill(fields.time);
  if (fields.priority) await form.getByLabel('Prioriteit').selectOption({ label: fields.priority });
  if (fields.pinned) await form.getByLabel('Altijd als eerste tonen').check();
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByTestId('activity-subject').getByText(fields.subject, { exact: true }).waitFor();
}

describe.each([
  ['desktop', desktop],
  ['phone', phone],
])('activities (%s)', (name, viewport) => {
  it('adds a call for today on a card, finds it in My work and the badge, completes it there, and sees it done on the card', async () => {
    const page = await signedIn(viewport);
    const card = await createOrganisation(page, `Activiteiten ${name} B.V.`);
    const before = await badge(page);
    const subject = `Offerte nabellen ${name}`;
    await addActivity(page, { subject, date: localDate(new Date()), time: '23:59' });
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid=due-badge] [aria-hidden=true]')?.textContent ?? 0) === n, before + 1);
    expect(await badge(page)).toBe(before + 1);
    if (viewport === phone) await page.getByRole('button', { name: /Menu/ }).click();
    await page.locator('nav a[href="/activities"]:visible').click();
    await page.waitForURL(/\/activities$/);
    const today = page.getByRole('list', { name: /Vandaag/ });
    await today.getByTestId('activity-subject').getByText(subject, { exact: true }).waitFor();
    await screenshot(page, `activities-queue-${name}`);
    await page.getByRole('button', { name: `${subject} afronden` }).click();
    await page.getByTestId('activity-subject').getByText(subject, { exact: true }).waitFor({ state: 'detached' });
    expect(await badge(page)).toBe(before);
    await page.goto(card);
    const item = page.locator('li', { has: page.getByText(subject, { exact: true }) });
    await item.getByText('Afgerond', { exact: true }).waitFor();
    expect(await item.getByTestId('activity-subject').evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
    await page.context().close();
  });

  it('keeps a pinned high-priority note on top and red, and reminds when a timed activity comes due', async () => {
    const page = await signedIn(viewport);
    await createOrganisation(page, `Notities ${name} B.V.`);
    await addActivity(page, { kind: 'Notitie', subject: `Betaalt laat ${name}`, priority: 'Hoge prioriteit', pinned: true });
    const now = new Date();
    await addActivity(page, { subject: `Nu bellen ${name}`, date: localDate(now), time: localTime(now) });
    const first = page.locator('#activities li').first();
    expect(await first.getByTestId('activity-subject').textContent()).toBe(`Betaalt laat ${name}`);
    expect(await first.getAttribute('data-pinned')).toBe('true');
    const [r, g, b] = await first.getByTestId('activity-subject').evaluate((el) => {
      const c = document.createElement('canvas').getContext('2d')!;
      c.fillStyle = getComputedStyle(el).color;
      c.fillRect(0, 0, 1, 1);
      return [...c.getImageData(0, 0, 1, 1).data];
    });
    expect({ red: r > 150 && g < 80 && b < 80 }).toEqual({ red: true });
    await page.reload();
    await page.getByText(`Nu: Nu bellen ${name}`).waitFor();
    await page.getByRole('button', { name: /Herinneringen/ }).click();
    await page.locator('#reminder-list').getByRole('link', { name: `Nu bellen ${name}` }).waitFor();
    await screenshot(page, `activities-card-${name}`);
    await page.context().close();
  });

  it('shows a birthday from the demo data on the dashboard, linking to the person', async () => {
    const page = await signedIn(viewport);
    await page.goto('/');
    const link = page.getByTestId('birthdays').getByRole('link').first();
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/^\/persons\/\d+$/);
    await screenshot(page, `activities-dashboard-${name}`);
    await link.click();
    await page.waitForURL(/\/persons\/\d+$/);
    await page.context().close();
  });

  it('gives a personal calendar address that a calendar app reads without signing in, and stops the old one when renewed', async () => {
    const page = await signedIn(viewport);
    await page.goto('/activities');
    await page.getByRole('button', { name: /Agenda-adres maken|Nieuw adres maken/ }).click();
    const address = page.getByLabel('Jouw geheime agenda-adres');
    await address.waitFor();
    const first = await address.inputValue();
    const anonymous = await fetch(first);
    expect(anonymous.status).toBe(200);
    expect(await anonymous.text()).toMatch(/^BEGIN:VCALENDAR[\s\S]*BEGIN:VEVENT[\s\S]*END:VCALENDAR\r\n$/);
    await page.getByRole('button', { name: 'Nieuw adres maken (oude stopt)' }).click();
    await page.waitForFunction((old) => (document.querySelector('#feed-address') as HTMLInputElement | null)?.value !== old, first);
    expect((await fetch(first)).status).toBe(404);
    expect((await fetch(await address.inputValue())).status).toBe(200);
    await page.context().close();
  });
});
