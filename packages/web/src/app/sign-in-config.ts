/**
 * How this deployment signs people in, as the server tells it (`GET /auth/config.json`): read at run
 * time, so one build of the web app serves every deployment (see the server's web-sign-in-config.ts).
 */
export interface SignInConfig {
  /** Whether the demo-person picker works (dev mode only). */
  devSignIn: boolean;
  /** Where roles come from: the register, or the provider's token (overwriting the register at each sign-in). */
  rolesSource: 'register' | 'token';
  /** The organisation's OpenID provider, or null when the web app has none. */
  oidc: {
    issuer: string;
    clientId: string;
    /** Space-separated. */
    scopes: string;
    redirectPath: string;
    postLogoutRedirectPath: string;
  } | null;
}

let pending: Promise<SignInConfig> | null = null;

/** The sign-in configuration, fetched once per page load (a failed fetch is tried again next time). */
export function loadSignInConfig(): Promise<SignInConfig> {
  pending ??= fetch('/auth/config.json', { headers: { accept: 'application/json' } })
    .then(async (response) => {
      if (!response.ok) throw new Error(`/auth/config.json answered ${response.status}`);
      return (await response.json()) as SignInConfig;
    })
    .catch((error: unknown) => {
      pending = null;
      throw error;
    });
  return pending;
}

let settled: Promise<SignInConfig | Error> | null = null;

/**
 * For React's `use()`: the configuration or the error that kept it away, from a promise that stays
 * the same until a retry (a failed load is forgotten, so the next render asks again).
 */
export function signInConfigOrError(): Promise<SignInConfig | Error> {
  settled ??= loadSignInConfig().catch((error: unknown) => {
    settled = null;
    return error instanceof Error ? error : new Error(String(error));
  });
  return settled;
}

/** Where the provider sends the browser back (the server's `redirectPath`; a route of the app). */
export const SIGN_IN_CALLBACK_PATH = '/auth/callback';

/**
 * Whether this page is the hidden iframe of a silent sign-in or renewal. The provider answers it at
 * the same redirect URI as a normal sign-in, so a deployment registers just one; in the iframe the
 * page only relays the answer to the app in the parent window.
 */
export const isSilentSignInFrame = () =>
  window.self !== window.top && window.location.pathname === SIGN_IN_CALLBACK_PATH;
