import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, it } from 'vitest';

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

/** The zone the people who use Klankbord are in; the suite's Node process runs in UTC, the browser not. */
export const BROWSER_TIME_ZONE = 'Europe/Amsterdam';

/**
 * A fresh browser context (no cookies, storage or cache of another test) in Amsterdam time, at
 * laptop size. The locale is left to Chromium, as before; the app starts in Dutch either way.
 * A Content-Security-Policy violation in it becomes a page error.
 */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: BROWSER_TIME_ZONE });
  // A resource the server's Content-Security-Policy blocks is thrown as a page error, which the
  // suites' page fixtures turn into a failed test: the app must work under its own CSP.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      setTimeout(() => {
        throw new Error(`Content Security Policy violation: ${event.effectiveDirective} blocked ${event.blockedURI}`);
      }),
    ),
  );
  return context;
}

/** Signs in through the dev sign-in picker as a seeded demo person. */
export async function signIn(page: Page, baseUrl: string, name: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Saves a full-page screenshot into packages/web/screenshots (git-ignored) as `<name>.png`. */
export const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

/** Waits until every dashboard widget has left its loading state (figures, empty or error shown). */
export async function dashboardSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const widgets = [...document.querySelectorAll<HTMLElement>('[data-widget]')];
    return widgets.length > 0 && widgets.every((w) => w.dataset['state'] !== 'loading');
  });
}

/** A file name from a test's name: lower case, words joined by dashes. */
const fileName = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * vitest's `it` with a fresh browser context (no session, language choice or cache of another
 * test) and a page in it per test, from the browser `browser()` returns (launched once per file,
 * in its `beforeAll`, hence a function). Afterwards, passed or failed, the page is saved as
 * `<prefix>-<test name>.png`, and an error the page threw fails the test.
 */
export function browserTest(browser: () => Browser, prefix: string) {
  return it.extend<{ browserContext: BrowserContext; page: Page }>({
    // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from this pattern
    browserContext: async ({}, use) => {
      const context = await newContext(browser());
      await use(context);
      await context.close();
    },
    page: async ({ browserContext, task }, use) => {
      const page = await browserContext.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await use(page);
      await screenshot(page, `${prefix}-${fileName(task.name)}`).catch(() => undefined);
      expect(errors, 'errors thrown in the page').toEqual([]);
    },
  });
}
