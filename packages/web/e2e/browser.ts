import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const SCREENSHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../screenshots');

/** Debian's Chromium, headless, with the flags this closed network needs (playwright gives it a fresh profile). */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Signs in through the dev sign-in picker as a seeded demo person. */
export async function signIn(page: Page, baseUrl: string, name: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Saves a screenshot of the current screen into packages/web/screenshots (git-ignored). */
export const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

/** Waits until every dashboard widget has left its loading state (figures, empty or error shown). */
export async function dashboardSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const widgets = [...document.querySelectorAll<HTMLElement>('[data-widget]')];
    return widgets.length > 0 && widgets.every((w) => w.dataset['state'] !== 'loading');
  });
}
