import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { ACCOUNTS, API_AUDIENCE, startOidcProvider, WEB_CLIENT_ID } from './oidc-provider';
import { startProduct } from './product-server';
import type { SignInSite } from './provider-sign-in';

/** Klankbord in production behind a test OpenID provider, and a browser to use it with. */
export interface ProductionSite extends SignInSite {
  browser: Browser;
  stop(): Promise<void>;
}

/**
 * Klankbord as an organisation installs it: NODE_ENV=production on an EMPTY database
 * (DEMO_DATA=never), dev sign-in off, people signing in through a real OpenID provider started
 * here, and only INITIAL_ADMINISTRATORS to start from. `rolesSource` says where everyone else's
 * roles come from: the provider's roles claim (`token`) or Klankbord's own register (`register`).
 */
export async function startProductionSite({
  rolesSource,
  accessTokenTtlSeconds,
}: {
  rolesSource: 'token' | 'register';
  accessTokenTtlSeconds?: number;
}): Promise<ProductionSite> {
  const provider = await startOidcProvider({ accessTokenTtlSeconds });
  const product = await startProduct({
    demoHistoryDays: 1,
    env: {
      NODE_ENV: 'production',
      DEMO_DATA: 'never',
      JWT_ISSUER: provider.issuer,
      JWT_JWKS_URL: provider.jwksUrl,
      JWT_AUDIENCE: API_AUDIENCE,
      OIDC_CLIENT_ID: WEB_CLIENT_ID,
      // The provider's administrator account carries no roles claim: configuration makes her the
      // empty database's first administrator.
      INITIAL_ADMINISTRATORS: ACCOUNTS.administrator.id,
      ROLES_SOURCE: rolesSource,
    },
  });
  provider.registerWebApp(product.baseUrl);
  const browser = await launchBrowser();
  return {
    baseUrl: product.baseUrl,
    issuer: provider.issuer,
    browser,
    async stop() {
      await browser.close();
      await product.stop();
      await provider.stop();
    },
  };
}
