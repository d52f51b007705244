import type { EntityManager } from '@mikro-orm/postgresql';
import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  errors as joseErrors,
  importSPKI,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import type { Env } from '../../env.js';
import { AppError } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import type { Logger } from '../../shared/logger.js';
import { Person } from '../people/person.entity.js';
import { API_KEY_PREFIX } from '../api-keys/api-key-secret.js';
import { findUsableApiKey } from '../api-keys/find-usable-api-key.js';
import type { RateLimits } from '../rate-limits/rate-limits.js';
import { DEV_TOKEN_ISSUER, verifyDevToken } from './dev-tokens.js';
import { signInPerson } from './sign-in-person.js';
import { ANONYMOUS, apiKeyViewer, personViewer, type Viewer } from './viewer.js';
import type { ViewerCache } from './viewer-cache.js';

export { API_KEY_PREFIX, hashApiKeySecret } from '../api-keys/api-key-secret.js';

export type Authenticate = (
  authorization: string | undefined,
  em: EntityManager,
  clientIp?: string | null,
) => Promise<Viewer>;

/** A refused credential; the reason is for the log only (the client learns nothing more than 401). */
class CredentialRefused extends AppError {
  constructor(readonly reason: string) {
    super('UNAUTHENTICATED', 'The token or API key is invalid or has expired.');
  }
}

const invalidCredentials = (reason: string) => new CredentialRefused(reason);

/**
 * Builds the function that turns an `Authorization` header into a viewer: an API key
 * (`Bearer kb_…`), a dev token for the seeded demo people (dev mode only), or a JWT from the
 * configured identity provider. People are known by the token's `sub`; `signInPerson` decides
 * their roles (ROLES_SOURCE) and whether they may sign in. A refused credential is logged (warn)
 * with the client's IP address, the kind of credential and the reason only: never the token, a
 * part or hash of it, a name or an e-mail address. With `limits`, failures count per client and
 * a client over the limit is refused before its credential is even looked at; a person's first
 * sign-in (registration) counts against the sign-in limit. With `cache`, a credential accepted a
 * moment ago is not looked at again (viewer-cache.ts says for how long, and what ends it sooner).
 */
export async function createAuthenticator(
  env: Env,
  devSecret: Uint8Array | null,
  logger: Logger,
  limits: RateLimits | null = null,
  cache: ViewerCache | null = null,
): Promise<Authenticate> {
  const idpKey = await identityProviderKey(env);

  /** The viewer of a credential, and until when the credential itself is good (a key's or token's expiry). */
  const verify = async (
    authorization: string,
    em: EntityManager,
    clientIp: string | null,
  ): Promise<{ viewer: Viewer; validUntil: Date | null }> => {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw invalidCredentials('MALFORMED_HEADER');
    const token = match[1];

    if (token.startsWith(API_KEY_PREFIX)) {
      // Revoked and expired keys are refused alike; a use is noted at most once a minute.
      const key = await findUsableApiKey(em, token, new Date());
      if (!key) throw invalidCredentials('UNKNOWN_OR_EXPIRED_API_KEY');
      return { viewer: apiKeyViewer(key), validUntil: key.expiresAt };
    }

    const issuer = unverifiedIssuer(token);
    if (issuer === DEV_TOKEN_ISSUER) {
      if (!devSecret) throw invalidCredentials('DEV_SIGN_IN_OFF');
      const personId = await verifyDevToken(token, devSecret).catch(() => null);
      if (!personId) throw invalidCredentials('BAD_DEV_TOKEN');
      const person = isUuid(personId) ? await em.findOne(Person, { id: personId, active: true }) : null;
      if (!person) throw invalidCredentials('UNKNOWN_PERSON');
      return { viewer: personViewer(person.id, person.roles), validUntil: tokenExpiry(token) };
    }

    if (!idpKey || !env.JWT_ISSUER) throw invalidCredentials('NO_IDENTITY_PROVIDER');
    const payload = await verifyIdentityProviderToken(token, idpKey, env).catch((error: unknown) => {
      logger.warn({ reason: refusalReason(error) }, 'identity-provider token refused');
      throw invalidCredentials(refusalReason(error));
    });
    const outcome = await signInPerson({
      em,
      subject: payload.sub,
      claims: payload,
      rules: env,
      logger,
      beforeRegistering: async () => {
        if (limits && clientIp) await limits.consume('signInPerClient', clientIp);
      },
    });
    if ('refused' in outcome) throw invalidCredentials(outcome.refused);
    return { viewer: personViewer(outcome.personId, outcome.roles), validUntil: new Date(payload.exp * 1000) };
  };

  return async (authorization, em, clientIp = null) => {
    if (!authorization) return ANONYMOUS;
    // A credential accepted a moment ago is not a guess: the failed-authentication limit is for
    // the ones that are looked up.
    const cached = cache?.get(authorization);
    if (cached) return cached;
    const since = cache?.mark() ?? 0;
    if (limits && clientIp) await limits.assertNotExhausted('failedAuthPerClient', clientIp);
    try {
      const { viewer, validUntil } = await verify(authorization, em, clientIp);
      cache?.set(authorization, viewer, validUntil, since);
      return viewer;
    } catch (error) {
      if (error instanceof CredentialRefused) {
        logger.warn(
          { clientIp, credential: credentialKind(authorization), reason: error.reason },
          'authentication failed',
        );
        if (limits && clientIp) await limits.consume('failedAuthPerClient', clientIp);
      }
      throw error;
    }
  };
}

/** What kind of credential was sent, for the log: never any part of it. */
function credentialKind(authorization: string): 'API_KEY' | 'TOKEN' | 'OTHER' {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1];
  if (!token) return 'OTHER';
  return token.startsWith(API_KEY_PREFIX) ? 'API_KEY' : 'TOKEN';
}

/** Why a token was refused, for the log: a jose error code or our own rule, never the token. */
class TokenRuleError extends Error {
  constructor(readonly code: 'TOKEN_TOO_LONG_LIVED' | 'TOKEN_WITHOUT_SUBJECT') {
    super(code);
    this.name = 'TokenRuleError';
  }
}

const refusalReason = (error: unknown) =>
  error instanceof TokenRuleError || error instanceof joseErrors.JOSEError ? error.code : 'UNKNOWN';

/**
 * Verifies signature, issuer and audience, and that the token expires: it must carry `exp`, and
 * live no longer than JWT_MAX_TOKEN_AGE (from `iat`, or from now when it has none), so a leaked
 * token — or one a misconfigured provider made valid for a century — is not good for long.
 */
async function verifyIdentityProviderToken(
  token: string,
  key: IdentityProviderKey,
  env: Env,
): Promise<JWTPayload & { sub: string; exp: number }> {
  const { payload } = await jwtVerify(token, key, {
    issuer: env.JWT_ISSUER,
    requiredClaims: ['exp'],
    ...(env.JWT_AUDIENCE ? { audience: env.JWT_AUDIENCE } : {}),
  });
  const exp = payload.exp ?? 0;
  const now = Math.floor(Date.now() / 1000);
  // An `iat` in the future would shorten the measured lifetime: count from now at the latest.
  const issuedAt = Math.min(payload.iat ?? now, now);
  if (exp - issuedAt > env.JWT_MAX_TOKEN_AGE) throw new TokenRuleError('TOKEN_TOO_LONG_LIVED');
  if (!payload.sub) throw new TokenRuleError('TOKEN_WITHOUT_SUBJECT');
  return { ...payload, sub: payload.sub, exp };
}

type IdentityProviderKey = JWTVerifyGetKey | Awaited<ReturnType<typeof importSPKI>>;

async function identityProviderKey(env: Env): Promise<IdentityProviderKey | null> {
  if (env.JWT_JWKS_URL) return createRemoteJWKSet(new URL(env.JWT_JWKS_URL));
  if (env.JWT_PUBLIC_KEY) return importSPKI(env.JWT_PUBLIC_KEY, 'RS256');
  return null;
}

/** The `exp` of a token whose signature was verified, if it has one. */
function tokenExpiry(token: string): Date | null {
  const exp = unverifiedClaims(token).exp;
  return typeof exp === 'number' ? new Date(exp * 1000) : null;
}

function unverifiedClaims(token: string): { iss?: unknown; exp?: unknown } {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    iss?: unknown;
    exp?: unknown;
  };
}

function unverifiedIssuer(token: string): string | null {
  try {
    decodeProtectedHeader(token);
    const payload = unverifiedClaims(token);
    return typeof payload.iss === 'string' ? payload.iss : null;
  } catch {
    throw invalidCredentials('UNREADABLE_TOKEN');
  }
}
