import type { Env } from '../../env.js';

/** Where the provider sends the browser back with the authorization code (a route of the web app). */
export const OIDC_REDIRECT_PATH = '/auth/callback';
/** Where the provider sends the browser after signing out there. */
export const OIDC_POST_LOGOUT_PATH = '/sign-in';

/**
 * How the web app signs people in, served as `GET /auth/config.json`. The web app is built once
 * and deployed anywhere, so it reads this at run time instead of having it baked in at build time.
 * Nothing in it is secret: the client is public (PKCE), and the provider publishes the rest.
 */
export interface WebSignInConfig {
  /** Whether the demo-person picker works (dev mode only; refused in production). */
  devSignIn: boolean;
  /**
   * Where people's roles come from (ROLES_SOURCE): Klankbord's register, or the identity
   * provider's token, which overwrites the register at every sign-in. The people screen warns
   * administrators in the second case that their role edits will not last.
   */
  rolesSource: Env['ROLES_SOURCE'];
  /** The organisation's identity provider, or null when none is configured for the web app. */
  oidc: {
    issuer: string;
    clientId: string;
    /** Space-separated, as OAuth writes them. */
    scopes: string;
    redirectPath: string;
    postLogoutRedirectPath: string;
  } | null;
}

/** The web app's sign-in configuration, from the server's validated environment. */
export function webSignInConfig(env: Env): WebSignInConfig {
  return {
    devSignIn: env.DEV_AUTH,
    rolesSource: env.ROLES_SOURCE,
    oidc:
      env.OIDC_ISSUER && env.OIDC_CLIENT_ID
        ? {
            issuer: env.OIDC_ISSUER,
            clientId: env.OIDC_CLIENT_ID,
            scopes: env.OIDC_SCOPES,
            redirectPath: OIDC_REDIRECT_PATH,
            postLogoutRedirectPath: OIDC_POST_LOGOUT_PATH,
          }
        : null,
  };
}
