import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import { startOnFreePort } from '@klankbord/test-support';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

/**
 * A real OpenID provider for the browser suite: `oidc-provider` (a certified implementation) on
 * 127.0.0.1, with its own login page (the library's development login form: type an account id
 * and any password). It is set up the way an organisation would set up Keycloak or Entra ID for
 * Klankbord: a public client for the web app (authorization code with PKCE, refresh tokens), and an
 * API audience so that access tokens are JWTs for Klankbord carrying name, e-mail and roles.
 */

/** The audience of access tokens for Klankbord's API (JWT_AUDIENCE); resource indicators must be absolute URIs. */
export const API_AUDIENCE = 'urn:klankbord:api';
/** The web app's client id at the provider (OIDC_CLIENT_ID). */
export const WEB_CLIENT_ID = 'klankbord-web';

/** A person the provider knows; the login form takes `id`. */
export interface TestAccount {
  id: string;
  name: string;
  email: string;
  /** What the provider says about the person's roles (the `roles` claim). */
  roles: string[];
}

export const ACCOUNTS = {
  // No roles at the provider: Klankbord's INITIAL_ADMINISTRATORS makes her its first administrator.
  administrator: { id: 'ada.admin', name: 'Ada Beheer', email: 'ada.beheer@rijk.example', roles: [] },
  handler: { id: 'hans.handler', name: 'Hans Behandel', email: 'hans.behandel@rijk.example', roles: ['HANDLER'] },
  // Registered by the administrator in production-first-day.e2e.ts (ROLES_SOURCE=register): the
  // roles claim is then ignored, and the first sign-in links to that register entry by e-mail.
  relationshipManager: {
    id: 'rita.relation',
    name: 'Rita Relatie',
    email: 'rita.relatie@rijk.example',
    roles: ['RELATIONSHIP_MANAGER'],
  },
  submitter: { id: 'sam.submitter', name: 'Sam Melder', email: 'sam.melder@rijk.example', roles: ['SUBMITTER'] },
} satisfies Record<string, TestAccount>;

/** A running provider: what the product server is configured with, and how to stop it. */
export interface RunningProvider {
  issuer: string;
  jwksUrl: string;
  /**
   * Registers the web app served at `baseUrl` as the provider's client. The product's address is
   * known only once it runs, and it needs the provider's address to start: so the provider listens
   * first and learns its client afterwards; until then it answers 503.
   */
  registerWebApp(baseUrl: string): void;
  stop(): Promise<void>;
}

/**
 * Starts the provider on a free port of 127.0.0.1. Access tokens live `accessTokenTtlSeconds`
 * (short, so the web app's renewal runs during a test).
 */
export async function startOidcProvider({
  accessTokenTtlSeconds = 300,
}: { accessTokenTtlSeconds?: number } = {}): Promise<RunningProvider> {
  let provider: Provider | null = null;
  let handle: ReturnType<Provider['callback']> | null = null;
  const server = http.createServer((req, res) => {
    if (handle) return void handle(req, res);
    res.writeHead(503).end('The web app is not registered yet.');
  });
  const port = await startOnFreePort(
    (candidate) =>
      new Promise<number>((resolve, reject) => {
        server.once('error', reject);
        server.listen(candidate, '127.0.0.1', () => {
          server.off('error', reject);
          resolve(candidate);
        });
      }),
  );
  const issuer = `http://127.0.0.1:${port}`;
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    registerWebApp(baseUrl) {
      provider = new Provider(issuer, configuration(baseUrl, signingKey, accessTokenTtlSeconds));
      // Plain http on 127.0.0.1 in a test: the library warns about that, rightly, in production.
      provider.on('server_error', (_ctx, error) => console.error('OpenID provider error:', error));
      handle = provider.callback();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function configuration(baseUrl: string, signingKey: object, accessTokenTtlSeconds: number): Configuration {
  const accounts = new Map<string, TestAccount>(Object.values(ACCOUNTS).map((account) => [account.id, account]));
  return {
    clients: [
      {
        client_id: WEB_CLIENT_ID,
        // A browser app keeps no secret: a public client, protected by PKCE (required for it).
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: [`${baseUrl}/auth/callback`],
        post_logout_redirect_uris: [`${baseUrl}/sign-in`],
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: { openid: ['sub'], profile: ['name'], email: ['email'], roles: ['roles'] },
    findAccount: (_ctx, id) => {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: account.id,
        claims: () => ({ sub: account.id, name: account.name, email: account.email, roles: account.roles }),
      };
    },
    // As Keycloak does for a public client: refresh tokens without asking for offline_access.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    // Klankbord is a first-party app: no consent screen, only the login page.
    loadExistingGrant: grantEverything,
    ttl: { AccessToken: accessTokenTtlSeconds, IdToken: accessTokenTtlSeconds },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // The web app names no resource: every token it gets is for Klankbord's API.
        defaultResource: () => API_AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: 'openid profile email',
          audience: API_AUDIENCE,
          accessTokenFormat: 'jwt',
          accessTokenTTL: accessTokenTtlSeconds,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    // The API knows people by these claims; a real provider adds them with a claim mapper.
    extraTokenClaims: async (ctx, token) => {
      const id = 'accountId' in token ? token.accountId : undefined;
      const account = id ? accounts.get(id) : undefined;
      return account ? { name: account.name, email: account.email, roles: account.roles } : undefined;
    },
    pkce: { required: () => true },
  };
}

/** A grant for everything the web app asks for, so the provider never shows a consent screen. */
async function grantEverything(ctx: KoaContextWithOIDC) {
  const { client, session, params } = ctx.oidc;
  if (!client || !session?.accountId) return undefined;
  const existing = session.grantIdFor(client.clientId);
  const grant = existing
    ? await ctx.oidc.provider.Grant.find(existing)
    : new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
  if (!grant) return undefined;
  const scope = typeof params?.['scope'] === 'string' ? params['scope'] : 'openid';
  grant.addOIDCScope(scope);
  grant.addResourceScope(API_AUDIENCE, scope);
  await grant.save();
  return grant;
}
