/**
 * How this deployment signs people in, as the server tells it (`GET /auth/config.json`): read at run
 * time, so one build of the web app serves every deployment (see the server's web-sign-in-config.ts).
 */
export interface SignInConfig {
  /** Whether the demo-person picker works (dev mode only). */
  devSignIn: boolean;
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

/** Where the provider answers a hidden-iframe renewal; main.tsx relays it before the app renders. */
export const SILENT_CALLBACK_PATH = '/auth/silent-callback';
