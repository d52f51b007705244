import type { EntityManager } from '@mikro-orm/postgresql';
import { InputError } from '../../shared/errors.js';
import { authorizeAdmin, type AdminActor } from '../admin-events/admin-actor.js';
import { changedFields, recordAdminEvent } from '../admin-events/record-admin-event.js';
import { API_KEY_SCOPES, ApiKey, type ApiKeyScope } from '../auth/api-key.entity.js';
import { hashApiKeySecret, newApiKeySecret } from './api-key-secret.js';
import { canManageApiKeys } from './api-keys.policy.js';

/** A key lives at most this long: a forgotten integration's key dies on its own. */
export const MAX_API_KEY_LIFETIME_DAYS = 730;

/**
 * Makes an API key for an integration and returns its secret, once; only the secret's SHA-256
 * is stored. Administrators through the API, or the operator at the command line.
 */
export async function createApiKey({
  em,
  actor,
  now,
  input,
}: {
  em: EntityManager;
  actor: AdminActor;
  now: Date;
  input: { name: string; scopes: readonly string[]; expiresAt: Date };
}): Promise<{ apiKey: ApiKey; secret: string }> {
  authorizeAdmin(actor, canManageApiKeys, 'manage API keys');
  const name = input.name.trim();
  const scopes = [...new Set(input.scopes)];
  const problems = [];
  if (!name) problems.push({ field: 'name', reason: 'REQUIRED', message: 'Give the key a name.' });
  if (scopes.length === 0 || scopes.some((s) => !(API_KEY_SCOPES as readonly string[]).includes(s))) {
    problems.push({
      field: 'scopes',
      reason: 'INVALID',
      message: `Choose one or more scopes of: ${API_KEY_SCOPES.join(', ')}.`,
    });
  }
  const latest = now.getTime() + MAX_API_KEY_LIFETIME_DAYS * 86_400_000;
  if (Number.isNaN(input.expiresAt.getTime()) || input.expiresAt <= now || input.expiresAt.getTime() > latest) {
    problems.push({
      field: 'expiresAt',
      reason: 'OUT_OF_RANGE',
      message: `The expiry must be in the future and at most ${MAX_API_KEY_LIFETIME_DAYS} days ahead.`,
    });
  }
  if (problems.length > 0) throw new InputError(problems);

  const { prefix, secret } = newApiKeySecret();
  return em.transactional(async (tx) => {
    const apiKey = new ApiKey({
      name,
      prefix,
      secretHash: hashApiKeySecret(secret),
      scopes: scopes as ApiKeyScope[],
      createdAt: now,
      expiresAt: input.expiresAt,
    });
    tx.persist(apiKey);
    recordAdminEvent(tx, {
      actor,
      entityType: 'API_KEY',
      entityId: apiKey.id,
      action: 'CREATED',
      changes: changedFields(null, snapshotApiKey(apiKey)),
      occurredAt: now,
    });
    return { apiKey, secret };
  });
}

/** What the trail records of a key: never its secret or hash. */
export const snapshotApiKey = (key: ApiKey) => ({
  name: key.name,
  prefix: key.prefix,
  scopes: key.scopes,
  expiresAt: key.expiresAt.toISOString(),
  revokedAt: key.revokedAt?.toISOString() ?? null,
});
