import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { safeReturnPath } from './return-path';
import { renewSessionToken, writeSession } from './session';
import { loadSignInConfig, type SignInConfig } from './sign-in-config';

type OidcConfig = NonNullable<SignInConfig['oidc']>;

/** What travels through the provider and back in the OIDC `state`: where to go after sign-in. */
interface SignInState {
  returnTo: string;
}

let manager: UserManager | null = null;

/**
 * The one OpenID Connect client of this page (authorization code flow with PKCE, which
 * oidc-client-ts always uses). Tokens live in memory only; the PKCE verifier and the state of a
 * sign-in in progress must survive the redirect to the provider and back, so they go to this
 * tab's sessionStorage and are removed once the callback has used them.
 */
export function oidcClient(config: OidcConfig): UserManager {
  if (manager) return manager;
  const origin = window.location.origin;
  manager = new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    scope: config.scopes,
    redirect_uri: origin + config.redirectPath,
    post_logout_redirect_uri: origin + config.postLogoutRedirectPath,
    silent_redirect_uri: origin + config.redirectPath,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    // Renew a minute before the access token expires: with the refresh token when the provider
    // issued one, otherwise in a hidden iframe on the provider's session.
    automaticSilentRenew: true,
    // Roles and names come from our own server (the `viewer` query), not from the ID token.
    loadUserInfo: false,
    // A provider that does not answer a hidden sign-in soon will not answer it at all.
    silentRequestTimeoutInSeconds: 5,
  });
  manager.events.addUserLoaded((user) => renewSessionToken(user.access_token));
  // The provider session ended or renewal failed for good: the API would refuse the next request.
  manager.events.addAccessTokenExpired(() => writeSession(null));
  return manager;
}

/** Sends the browser to the provider's sign-in page; after it, the app opens `returnTo`. */
export async function signInWithProvider(config: OidcConfig, returnTo: string): Promise<void> {
  const state: SignInState = { returnTo: safeReturnPath(returnTo) };
  await oidcClient(config).signinRedirect({ state });
}

/**
 * Signs in without showing anything, on the provider session the browser may still have (after a
 * reload, which forgets the in-memory tokens): a hidden iframe with `prompt=none`. Resolves with
 * null when that needs the person (no session at the provider, consent, third-party cookies
 * blocked), so the sign-in page shows its button instead.
 */
export function trySilentSignIn(config: OidcConfig): Promise<User | null> {
  // One attempt at a time (React may run an effect twice); the next visit tries afresh.
  silentAttempt ??= oidcClient(config)
    .signinSilent()
    .catch(() => null)
    .finally(() => {
      silentAttempt = null;
    });
  return silentAttempt;
}

let silentAttempt: Promise<User | null> | null = null;

// React may run an effect twice (StrictMode): the code can be exchanged only once, so the first
// exchange is shared.
let callback: { url: string; result: Promise<{ user: User; returnTo: string }> } | null = null;

/** Completes the sign-in the provider redirected back with: the user's tokens and where to go now. */
export function completeSignIn(config: OidcConfig): Promise<{ user: User; returnTo: string }> {
  const url = window.location.href;
  if (callback?.url !== url) {
    callback = {
      url,
      result: oidcClient(config)
        .signinRedirectCallback(url)
        .then((user) => ({
          user,
          returnTo: safeReturnPath((user.state as Partial<SignInState> | undefined)?.returnTo),
        })),
    };
  }
  return callback.result;
}

/**
 * Ends the session at the provider (RP-initiated logout), which then sends the browser back to the
 * sign-in page. The app has already forgotten its own session.
 */
export async function endProviderSession(): Promise<void> {
  const config = await loadSignInConfig();
  if (!config.oidc) throw new Error('No identity provider is configured.');
  const client = oidcClient(config.oidc);
  const user = await client.getUser();
  await client.removeUser();
  await client.signoutRedirect(user?.id_token ? { id_token_hint: user.id_token } : {});
}
