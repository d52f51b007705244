import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext } from './browser';

/**
 * The server's Content-Security-Policy in a real browser: the app and the self-contained explorer
 * load and work without a single violation (`newContext` turns one into a page error).
 */

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A fresh page that records page errors and CSP reports in the console, for `expect(problems)`. */
async function watchedPage(): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) problems.push(message.text());
  });
  return { page, problems, close: () => context.close() };
}

describe('Content-Security-Policy in the browser', () => {
  it('the explorer runs an operation under its own CSP (inline script and style allowed by hash only)', async () => {
    const { page, problems, close } = await watchedPage();
    const response = await page.goto(`${baseUrl}/explorer`);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'sha256-/);
    await page.getByRole('button', { name: /Run/ }).click();
    await expect.poll(() => page.locator('#result').textContent()).toContain('demoPeople');
    // The page's own stylesheet applied (a blocked <style> would leave the header unstyled).
    expect(await page.locator('header').evaluate((header) => getComputedStyle(header).backgroundColor)).toBe(
      'rgb(1, 104, 155)',
    );
    expect(problems).toEqual([]);
    await close();
  });

  it('the app loads under the CSP, with its styles', async () => {
    const { page, problems, close } = await watchedPage();
    const response = await page.goto(`${baseUrl}/sign-in`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForLoadState('networkidle');
    expect(await page.locator('#root').evaluate((root) => root.childElementCount)).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await close();
  });

  it('the app names its operations by hash, not by text (trusted documents)', async () => {
    const { page, problems, close } = await watchedPage();
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url() === `${baseUrl}/graphql` && r.method() === 'POST'),
      page.goto(`${baseUrl}/sign-in`),
    ]);
    const body = JSON.parse(request.postData() ?? '{}') as {
      query?: string;
      extensions?: { persistedQuery?: { sha256Hash?: string } };
    };
    expect(body.query).toBeUndefined();
    expect(body.extensions?.persistedQuery?.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
    const response = await request.response();
    expect(response?.status()).toBe(200);
    expect(((await response?.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(problems).toEqual([]);
    await close();
  });
});
