import type { EntityManager } from '@mikro-orm/postgresql';
import { InputError, type FieldProblem } from '../../shared/errors.js';
import { authorizeAdmin, type AdminActor } from '../admin-events/admin-actor.js';
import { changedFields, recordAdminEvent } from '../admin-events/record-admin-event.js';
import { ApiKey } from '../auth/api-key.entity.js';
import { isUuid } from '../../shared/ids.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WEBHOOK_EVENTS, type WebhookEvent } from './webhook-events.js';
import { newWebhookSecret } from './webhook-signature.js';
import { canManageWebhooks } from './webhooks.policy.js';

/**
 * Registers a webhook endpoint and returns its signing secret, once. The URL must be https in
 * production (http is accepted elsewhere, for a receiver on the developer's machine).
 */
export async function createWebhookEndpoint({
  em,
  actor,
  now,
  production,
  input,
}: {
  em: EntityManager;
  actor: AdminActor;
  now: Date;
  production: boolean;
  input: { url: string; events: readonly string[]; apiKeyId?: string | null };
}): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
  authorizeAdmin(actor, canManageWebhooks, 'manage webhooks');
  const events = [...new Set(input.events)];
  const problems: FieldProblem[] = [];
  const urlProblem = checkWebhookUrl(input.url, production);
  if (urlProblem) problems.push(urlProblem);
  const eventProblem = checkWebhookEvents(events);
  if (eventProblem) problems.push(eventProblem);
  const apiKey = input.apiKeyId && isUuid(input.apiKeyId) ? await em.findOne(ApiKey, input.apiKeyId) : null;
  if (input.apiKeyId && (!apiKey || apiKey.revokedAt || apiKey.expiresAt <= now)) {
    problems.push({
      field: 'apiKeyId',
      reason: 'NOT_USABLE',
      message: 'Choose an API key that is neither revoked nor expired.',
    });
  }
  if (problems.length > 0) throw new InputError(problems);

  const secret = newWebhookSecret();
  return em.transactional(async (tx) => {
    const endpoint = new WebhookEndpoint({
      url: input.url.trim(),
      events: events as WebhookEvent[],
      secret,
      apiKey: apiKey ? tx.getReference(ApiKey, apiKey.id, { wrapped: true }) : null,
      createdAt: now,
    });
    tx.persist(endpoint);
    recordAdminEvent(tx, {
      actor,
      entityType: 'WEBHOOK_ENDPOINT',
      entityId: endpoint.id,
      action: 'CREATED',
      changes: changedFields(null, snapshotWebhookEndpoint(endpoint)),
      occurredAt: now,
    });
    return { endpoint, secret };
  });
}

/** What the trail records of an endpoint: never its secret. */
export const snapshotWebhookEndpoint = (endpoint: WebhookEndpoint) => ({
  url: endpoint.url,
  events: endpoint.events,
  apiKeyId: endpoint.apiKey?.id ?? null,
  active: endpoint.active,
  pauseReason: endpoint.pauseReason,
});

/** An absolute http(s) URL without credentials; https in production. Never echoes the URL. */
export function checkWebhookUrl(url: string, production: boolean): FieldProblem | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return { field: 'url', reason: 'INVALID', message: 'Give an absolute URL, e.g. https://example.org/hooks.' };
  }
  const allowed = production ? ['https:'] : ['https:', 'http:'];
  if (!allowed.includes(parsed.protocol)) {
    return {
      field: 'url',
      reason: 'NOT_HTTPS',
      message: production ? 'The URL must start with https://.' : 'The URL must start with https:// or http://.',
    };
  }
  if (parsed.username || parsed.password) {
    return { field: 'url', reason: 'INVALID', message: 'Leave credentials out of the URL: deliveries are signed.' };
  }
  return null;
}

/** One or more known events. */
export function checkWebhookEvents(events: readonly string[]): FieldProblem | null {
  if (events.length > 0 && events.every((e) => (WEBHOOK_EVENTS as readonly string[]).includes(e))) return null;
  return { field: 'events', reason: 'INVALID', message: `Choose one or more events of: ${WEBHOOK_EVENTS.join(', ')}.` };
}
