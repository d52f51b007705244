import type { EntityManager } from '@mikro-orm/postgresql';
import { InputError, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { authorizeAdmin, type AdminActor } from '../admin-events/admin-actor.js';
import { changedFields, recordAdminEvent } from '../admin-events/record-admin-event.js';
import { checkWebhookEvents, snapshotWebhookEndpoint } from './create-webhook-endpoint.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import type { WebhookEvent } from './webhook-events.js';
import { canManageWebhooks } from './webhooks.policy.js';

/**
 * Changes an endpoint's events, or pauses or resumes it. Resuming (also after the relay paused it
 * for repeated failures) clears the failure count; the waiting deliveries then go out in order.
 */
export async function changeWebhookEndpoint({
  em,
  actor,
  now,
  input,
}: {
  em: EntityManager;
  actor: AdminActor;
  now: Date;
  input: { id: string; events?: readonly string[] | null; active?: boolean | null };
}): Promise<WebhookEndpoint> {
  authorizeAdmin(actor, canManageWebhooks, 'manage webhooks');
  const events = input.events ? [...new Set(input.events)] : null;
  const eventProblem = events ? checkWebhookEvents(events) : null;
  if (eventProblem) throw new InputError([eventProblem]);
  return em.transactional(async (tx) => {
    const endpoint = isUuid(input.id) ? await tx.findOne(WebhookEndpoint, input.id) : null;
    if (!endpoint) throw notFound('The webhook endpoint');
    const before = snapshotWebhookEndpoint(endpoint);
    if (events) endpoint.events = events as WebhookEvent[];
    if (input.active === true && !endpoint.active) endpoint.resume();
    if (input.active === false && endpoint.active) endpoint.pause('BY_ADMINISTRATOR', now);
    const changes = changedFields(before, snapshotWebhookEndpoint(endpoint));
    if (changes.length > 0) {
      recordAdminEvent(tx, {
        actor,
        entityType: 'WEBHOOK_ENDPOINT',
        entityId: endpoint.id,
        action: 'CHANGED',
        changes,
        occurredAt: now,
      });
    }
    return endpoint;
  });
}
