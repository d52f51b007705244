import type { Page } from 'playwright-core';
import type { TestAccount } from './oidc-provider';

/**
 * Signing in as people do in production: Klankbord's sign-in button, then the OpenID provider's
 * own login page (oidc-provider's development form: the account id and any password).
 */

/** The sign-in button's text on Klankbord's sign-in page. */
export const ORGANISATION_SIGN_IN = 'Inloggen met uw organisatieaccount';

/** Where Klankbord runs and where its provider does. */
export interface SignInSite {
  baseUrl: string;
  issuer: string;
}

/** From Klankbord's sign-in page to the provider's login page: the button, then the redirect. */
export async function toProviderLogin(page: Page, site: SignInSite): Promise<void> {
  await page.getByRole('button', { name: ORGANISATION_SIGN_IN }).click();
  await page.waitForURL((url) => url.origin === site.issuer);
  await page.locator('input[name=login]').waitFor();
}

/** Types the account on the provider's own login page and waits until Klankbord has the session. */
export async function logInAtProvider(page: Page, site: SignInSite, account: TestAccount): Promise<void> {
  await page.locator('input[name=login]').fill(account.id);
  await page.locator('input[name=password]').fill('any password: the development login form checks none');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.waitForURL((url) => url.origin === new URL(site.baseUrl).origin && url.pathname !== '/auth/callback');
  await page.locator('.who').getByText(account.name).waitFor();
}

/** Opens Klankbord's sign-in page and signs in there through the provider. */
export async function signInThroughProvider(page: Page, site: SignInSite, account: TestAccount): Promise<void> {
  await page.goto(`${site.baseUrl}/sign-in`);
  await toProviderLogin(page, site);
  await logInAtProvider(page, site, account);
}
