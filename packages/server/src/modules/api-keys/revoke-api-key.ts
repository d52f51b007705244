import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../shared/errors.js';
import { authorizeAdmin, type AdminActor } from '../admin-events/admin-actor.js';
import { changedFields, recordAdminEvent } from '../admin-events/record-admin-event.js';
import { ApiKey } from '../auth/api-key.entity.js';
import { canManageApiKeys } from './api-keys.policy.js';
import { snapshotApiKey } from './create-api-key.js';

/**
 * Revokes an API key: from now on it is refused. Revoking a revoked key changes nothing (and
 * records nothing), so a retry is harmless.
 */
export async function revokeApiKey({
  em,
  actor,
  now,
  id,
}: {
  em: EntityManager;
  actor: AdminActor;
  now: Date;
  id: string;
}): Promise<ApiKey> {
  authorizeAdmin(actor, canManageApiKeys, 'manage API keys');
  return em.transactional(async (tx) => {
    const key = await tx.findOne(ApiKey, id);
    if (!key) throw notFound('The API key');
    if (key.revokedAt) return key;
    const before = snapshotApiKey(key);
    key.revokedAt = now;
    recordAdminEvent(tx, {
      actor,
      entityType: 'API_KEY',
      entityId: key.id,
      action: 'REVOKED',
      changes: changedFields(before, snapshotApiKey(key)),
      occurredAt: now,
    });
    return key;
  });
}
