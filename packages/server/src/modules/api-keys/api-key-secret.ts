import { createHash, randomBytes } from 'node:crypto';

/** Every API key secret starts with this, so the authenticator can tell keys from JWTs. */
export const API_KEY_PREFIX = 'kb_';

/** The stored form of a secret: its SHA-256, hex. A secret has 192 random bits, so no slow hash is needed. */
export const hashApiKeySecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** A new secret `kb_<prefix>_<random>` and its public prefix. */
export function newApiKeySecret(): { prefix: string; secret: string } {
  const prefix = randomBytes(4).toString('hex');
  return { prefix, secret: `${API_KEY_PREFIX}${prefix}_${randomBytes(24).toString('base64url')}` };
}
