import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { InputError } from '../../shared/errors.js';
import { API_KEY_SCOPES, ApiKey, type ApiKeyScope } from './api-key.entity.js';
import { API_KEY_PREFIX, hashApiKeySecret } from './authenticate.js';

/**
 * Makes an API key for an integration. Returns the secret once; only its SHA-256 hash is stored.
 * The secret starts with `kb_` and a short public prefix so people can tell keys apart.
 */
export async function createApiKey(
  em: EntityManager,
  input: { name: string; scopes: string[] },
): Promise<{ key: ApiKey; secret: string }> {
  const unknown = input.scopes.filter((scope) => !(API_KEY_SCOPES as readonly string[]).includes(scope));
  if (!input.name.trim() || input.scopes.length === 0 || unknown.length > 0) {
    throw new InputError([
      {
        field: 'scopes',
        reason: 'INVALID',
        message: `Give a name and one or more scopes of: ${API_KEY_SCOPES.join(', ')}.`,
      },
    ]);
  }
  const prefix = randomBytes(4).toString('hex');
  const secret = `${API_KEY_PREFIX}${prefix}_${randomBytes(24).toString('base64url')}`;
  const key = new ApiKey({
    name: input.name.trim(),
    prefix,
    secretHash: hashApiKeySecret(secret),
    scopes: input.scopes as ApiKeyScope[],
  });
  await em.persistAndFlush(key);
  return { key, secret };
}
