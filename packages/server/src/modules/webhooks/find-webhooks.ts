import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../auth/authorize.js';
import type { Viewer } from '../auth/viewer.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { canManageWebhooks } from './webhooks.policy.js';

/** Every webhook endpoint, newest first (administrators). */
export async function findWebhookEndpoints({ em, viewer }: { em: EntityManager; viewer: Viewer }) {
  authorize(viewer, canManageWebhooks, 'manage webhooks');
  return em.find(WebhookEndpoint, {}, { orderBy: { createdAt: 'desc', id: 'desc' } });
}

/** An endpoint's delivery log, newest first (administrators). */
export async function findWebhookDeliveries({
  em,
  viewer,
  endpointId,
  first,
}: {
  em: EntityManager;
  viewer: Viewer;
  endpointId: string;
  first: number;
}): Promise<WebhookDelivery[]> {
  authorize(viewer, canManageWebhooks, 'manage webhooks');
  return em.find(WebhookDelivery, { endpoint: endpointId }, { orderBy: { seq: 'desc' }, limit: first });
}
