import type { EntityManager } from '@mikro-orm/postgresql';
import { authorizeAdmin, type AdminActor } from '../admin-events/admin-actor.js';
import { ApiKey } from '../auth/api-key.entity.js';
import { canManageApiKeys } from './api-keys.policy.js';

/** Every API key, newest first, revoked and expired ones included (they explain past access). */
export async function listApiKeys({ em, actor }: { em: EntityManager; actor: AdminActor }): Promise<ApiKey[]> {
  authorizeAdmin(actor, canManageApiKeys, 'manage API keys');
  return em.find(ApiKey, {}, { orderBy: { createdAt: 'desc', id: 'asc' } });
}
