import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { openScreen } from './admin-actions';
import { browserTest, newContext, screenshot } from './browser';
import { fileComplaintThroughForm } from './case-actions';
import { ACCOUNTS } from './oidc-provider';
import { startProductionSite, type ProductionSite } from './production-site';
import { logInAtProvider, ORGANISATION_SIGN_IN, signInThroughProvider, toProviderLogin } from './provider-sign-in';

/**
 * Klankbord as an organisation runs it: NODE_ENV=production on an empty database, dev sign-in off,
 * people signing in through a real OpenID provider (started here) on the provider's own login page.
 * Nobody is registered beforehand: the first administrator comes from INITIAL_ADMINISTRATORS, the
 * others' roles from the provider's roles claim. Access tokens live 75 s, so the app renews them
 * (a minute before expiry) during a test.
 */

let baseUrl: string;
/** Klankbord, its provider and the browser, once all run. */
let site: ProductionSite;

beforeAll(async () => {
  // Access tokens live 75 s, so the app renews them (a minute before expiry) during a test.
  site = await startProductionSite({ rolesSource: 'token', accessTokenTtlSeconds: 75 });
  baseUrl = site.baseUrl;
});

afterAll(async () => {
  await site?.stop();
});

const it = browserTest(() => site.browser, 'production');

/** The bearer token of the next GraphQL request the page sends. */
async function nextBearerToken(page: Page, action: () => Promise<unknown>): Promise<string> {
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.url() === `${baseUrl}/graphql` && !!r.headers()['authorization']),
    action(),
  ]);
  return request.headers()['authorization']!.replace(/^Bearer /, '');
}

describe('Klankbord in production, signing in through the organisation’s OpenID provider', () => {
  it('refuses dev sign-in and offers only the organisation’s sign-in', async ({ page }) => {
    const config = (await (await fetch(`${baseUrl}/auth/config.json`)).json()) as { devSignIn: boolean };
    expect(config.devSignIn).toBe(false);
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { devSignIn(personId: "00000000-0000-4000-8000-000000000000") { token } }',
      }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await page.goto(baseUrl);
    await page.waitForURL(`${baseUrl}/sign-in`);
    await page.getByRole('button', { name: ORGANISATION_SIGN_IN }).waitFor();
    expect(await page.getByRole('heading', { name: 'Inloggen als demopersoon' }).count()).toBe(0);
  });

  it('the administrator signs in on the provider’s login page and lands in the app; no token in web storage', async ({
    page,
  }) => {
    await page.goto(baseUrl);
    await page.waitForURL(`${baseUrl}/sign-in`);
    await toProviderLogin(page, site);
    await screenshot(page, 'production-provider-login');
    await logInAtProvider(page, site, ACCOUNTS.administrator);
    expect(await page.locator('.who').textContent()).toContain('beheerder');
    expect(new URL(page.url()).pathname).toBe('/');
    const token = await nextBearerToken(page, () =>
      page.getByRole('link', { name: 'Preventieve maatregelen' }).click(),
    );
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(stored).not.toContain(token);
    expect(stored).not.toContain('refresh_token');
  });

  it('the people screen warns that roles come from the provider and edits to them will not last', async ({ page }) => {
    await signInThroughProvider(page, site, ACCOUNTS.administrator);
    await openScreen(page, 'Personen en rollen');
    await page
      .getByTestId('roles-from-provider')
      .getByText(/overschreven/)
      .waitFor();
  });

  it('a submitter signs in through the provider and files a complaint', async ({ page }) => {
    await signInThroughProvider(page, site, ACCOUNTS.submitter);
    expect(new URL(page.url()).pathname).toBe('/submit');
    const registrationNumber = await fileComplaintThroughForm(page);
    // A page load forgets the in-memory tokens; the provider's session signs the submitter in
    // again without a click (a hidden prompt=none request) and the page they opened comes back.
    await page.goto(`${baseUrl}/mine`);
    await page.getByRole('link', { name: registrationNumber }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/mine');
    expect(await page.locator('.who').textContent()).toContain(ACCOUNTS.submitter.name);
  });

  it('a deep link opened signed out lands on that case after sign-in', async ({ page }) => {
    await signInThroughProvider(page, site, ACCOUNTS.submitter);
    const registrationNumber = await fileComplaintThroughForm(page);
    await page.getByRole('link', { name: 'Mijn meldingen' }).click();
    await page.getByRole('link', { name: registrationNumber }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const caseUrl = page.url();

    const stranger = await newContext(site.browser);
    try {
      const fresh = await stranger.newPage();
      await fresh.goto(caseUrl);
      await fresh.waitForURL(`${baseUrl}/sign-in`);
      await toProviderLogin(fresh, site);
      await logInAtProvider(fresh, site, ACCOUNTS.submitter);
      expect(fresh.url()).toBe(caseUrl);
      expect(await fresh.getByTestId('case-number').textContent()).toContain(registrationNumber);
    } finally {
      await stranger.close();
    }
  });

  it('the handler signs in through the provider and lands on the queue', async ({ page }) => {
    await signInThroughProvider(page, site, ACCOUNTS.handler);
    await page.waitForURL(`${baseUrl}/queue`);
    expect(await page.locator('.who').textContent()).toContain('behandelaar');
    await page.getByRole('heading', { name: 'Mijn werkvoorraad' }).waitFor();
  });

  it('signing out ends the session at the provider too: the next sign-in shows its login page', async ({ page }) => {
    await signInThroughProvider(page, site, ACCOUNTS.administrator);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL((url) => url.origin === site.issuer);
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL(`${baseUrl}/sign-in`);
    await toProviderLogin(page, site);
    expect(await page.locator('input[name=login]').isVisible()).toBe(true);
  });

  it('renews the access token before it expires, with the refresh token, and carries on with the new one', async ({
    page,
  }) => {
    const renewal = page.waitForResponse(
      (response) =>
        response.url() === `${site.issuer}/token` &&
        (response.request().postData() ?? '').includes('grant_type=refresh_token'),
      { timeout: 55_000 },
    );
    await signInThroughProvider(page, site, ACCOUNTS.handler);
    const before = await nextBearerToken(page, () =>
      page.getByRole('link', { name: 'Preventieve maatregelen' }).click(),
    );
    expect((await renewal).ok()).toBe(true);
    const after = await nextBearerToken(page, () => page.getByRole('link', { name: 'Mijn werkvoorraad' }).click());
    expect(after).not.toBe(before);
    await page.getByRole('heading', { name: 'Mijn werkvoorraad' }).waitFor();
    expect(await page.locator('.who').textContent()).toContain(ACCOUNTS.handler.name);
  });
});
