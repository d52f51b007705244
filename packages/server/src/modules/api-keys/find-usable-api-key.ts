import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKey } from '../auth/api-key.entity.js';
import { hashApiKeySecret } from './api-key-secret.js';

/** `last_used_at` is written at most this often per key: accurate enough, and not a write per request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The key a secret belongs to, if it is neither revoked nor expired at `now`; null otherwise. Notes
 * the use when the stored `last_used_at` is older than a minute, with a conditional update, so
 * parallel requests of one key write at most once a minute between them.
 */
export async function findUsableApiKey(em: EntityManager, secret: string, now: Date): Promise<ApiKey | null> {
  const key = await em.findOne(ApiKey, {
    secretHash: hashApiKeySecret(secret),
    revokedAt: null,
    expiresAt: { $gt: now },
  });
  if (!key) return null;
  const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!key.lastUsedAt || key.lastUsedAt <= stale) {
    await em
      .fork()
      .nativeUpdate(
        ApiKey,
        { id: key.id, $or: [{ lastUsedAt: null }, { lastUsedAt: { $lte: stale } }] },
        { lastUsedAt: now },
      );
  }
  return key;
}
