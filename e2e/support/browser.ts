import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const baseUrl = () => process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000';
export const desktop = { width: 1280, height: 900 };
export const phone = { width: 390, height: 844 };
export const demoPassword = 'relatio-demo';
export const demo = { admin: 'admin@relatio.test', super: 'super@relatio.test', user: 'user@relatio.test' } as const;

// Debian's Chromium, headless, without any network of its own.
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// A fresh browser context at a viewport, speaking `locale` (Accept-Language).
export async function newContext(browser: Browser, viewport = desktop, locale = 'nl-NL'): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale, baseURL: baseUrl() });
}

// Signs in through the login page and waits for the dashboard.
export async function signIn(page: Page, email: string, password = demoPassword): Promise<void> {
  await page.goto('/login');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('form button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

// Saves a screenshot under e2e/artifacts for a person to look at.
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = path.join(__dirname, '..', 'artifacts');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}
