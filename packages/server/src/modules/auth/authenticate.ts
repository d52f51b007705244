import type { EntityManager } from '@mikro-orm/postgresql';
import { createRemoteJWKSet, decodeProtectedHeader, importSPKI, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Env } from '../../env.js';
import { AppError } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { Person } from '../people/person.entity.js';
import { API_KEY_PREFIX } from '../api-keys/api-key-secret.js';
import { findUsableApiKey } from '../api-keys/find-usable-api-key.js';
import { DEV_TOKEN_ISSUER, verifyDevToken } from './dev-tokens.js';
import { ANONYMOUS, apiKeyViewer, personViewer, type Viewer } from './viewer.js';

export { API_KEY_PREFIX, hashApiKeySecret } from '../api-keys/api-key-secret.js';

export type Authenticate = (authorization: string | undefined, em: EntityManager) => Promise<Viewer>;

const invalidCredentials = () => new AppError('UNAUTHENTICATED', 'The token or API key is invalid or has expired.');

/**
 * Builds the function that turns an `Authorization` header into a viewer: an API key
 * (`Bearer kb_…`), a dev token for the seeded demo people (dev mode only), or a JWT from the
 * configured identity provider. People are known by the token's `sub`; roles come from our own
 * people register, which administrators keep.
 */
export async function createAuthenticator(env: Env, devSecret: Uint8Array | null): Promise<Authenticate> {
  const idpKey = await identityProviderKey(env);

  return async (authorization, em) => {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw invalidCredentials();
    const token = match[1];

    if (token.startsWith(API_KEY_PREFIX)) {
      // Revoked and expired keys are refused alike; a use is noted at most once a minute.
      const key = await findUsableApiKey(em, token, new Date());
      if (!key) throw invalidCredentials();
      return apiKeyViewer(key);
    }

    const issuer = unverifiedIssuer(token);
    if (issuer === DEV_TOKEN_ISSUER) {
      if (!devSecret) throw invalidCredentials();
      const personId = await verifyDevToken(token, devSecret).catch(() => null);
      if (!personId) throw invalidCredentials();
      const person = isUuid(personId) ? await em.findOne(Person, { id: personId, active: true }) : null;
      if (!person) throw invalidCredentials();
      return personViewer(person.id, person.roles);
    }

    if (!idpKey || !env.JWT_ISSUER) throw invalidCredentials();
    const { payload } = await jwtVerify(token, idpKey, {
      issuer: env.JWT_ISSUER,
      ...(env.JWT_AUDIENCE ? { audience: env.JWT_AUDIENCE } : {}),
    }).catch(() => {
      throw invalidCredentials();
    });
    if (!payload.sub) throw invalidCredentials();
    const person = await findOrProvisionPerson(em, payload.sub, payload);
    if (!person.active) throw invalidCredentials();
    return personViewer(person.id, person.roles);
  };
}

async function identityProviderKey(env: Env): Promise<JWTVerifyGetKey | Awaited<ReturnType<typeof importSPKI>> | null> {
  if (env.JWT_JWKS_URL) return createRemoteJWKSet(new URL(env.JWT_JWKS_URL));
  if (env.JWT_PUBLIC_KEY) return importSPKI(env.JWT_PUBLIC_KEY, 'RS256');
  return null;
}

function unverifiedIssuer(token: string): string | null {
  try {
    decodeProtectedHeader(token);
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      iss?: unknown;
    };
    return typeof payload.iss === 'string' ? payload.iss : null;
  } catch {
    throw invalidCredentials();
  }
}

/**
 * End users are known to the portal's identity provider before they are known to us: the first
 * valid token of an unknown subject registers them as a submitter (PROCEDURE.md step 1).
 */
async function findOrProvisionPerson(
  em: EntityManager,
  subject: string,
  claims: Record<string, unknown>,
): Promise<Person> {
  const existing = await em.findOne(Person, { externalSubject: subject });
  if (existing) return existing;
  const name = typeof claims['name'] === 'string' ? claims['name'].slice(0, 200) : 'Portal user';
  const email = typeof claims['email'] === 'string' ? claims['email'].slice(0, 254) : `${subject}@users.invalid`;
  const person = new Person({ displayName: name, email, roles: ['SUBMITTER'] });
  person.externalSubject = subject;
  await em.fork().persistAndFlush(person);
  return person;
}
