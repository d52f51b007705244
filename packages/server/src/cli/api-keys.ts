import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKey } from '../modules/auth/api-key.entity.js';

/**
 * Listing and revoking keys from the command line. They read and write the `api_key` table the
 * way the GraphQL API does; when the API-key feature's `listApiKeys`/`revokeApiKey` use cases are
 * merged, these two functions should call them instead (same arguments, same output).
 */
export async function listKeysForCommandLine(em: EntityManager): Promise<ApiKey[]> {
  return em.find(ApiKey, {}, { orderBy: { createdAt: 'asc' } });
}

/** Revokes the key with this id or public prefix; null when there is none. */
export async function revokeKeyForCommandLine(em: EntityManager, idOrPrefix: string): Promise<ApiKey | null> {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrPrefix);
  const key = await em.findOne(ApiKey, uuid ? { id: idOrPrefix } : { prefix: idOrPrefix });
  if (!key) return null;
  key.revokedAt ??= new Date();
  await em.flush();
  return key;
}
