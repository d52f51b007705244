import { createHash, randomBytes } from 'node:crypto';

/**
 * A satisfaction link's token: 256 random bits, base64url. Only its hash is stored, so neither the
 * database nor a backup of it holds a working link; the outbox message that carries it does.
 */
export function newSatisfactionToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashSatisfactionToken(token) };
}

/** The stored form of a token. */
export function hashSatisfactionToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
