import type { EntityManager } from '@mikro-orm/postgresql';
import { FeedbackCase } from '../cases/feedback-case.entity.js';
import type { WebhookPayload } from './webhook-delivery.entity.js';

/** A delivery ready to send: where, with which secret, and the JSON body. */
export interface OutgoingWebhook {
  id: string;
  url: string;
  secret: string;
  body: string;
}

/**
 * What the relay sends for one claimed delivery. The stored payload has no personal data; the
 * submitter's details and the description are added, read at send time, only when the endpoint is
 * tied to a usable API key with the `pii:read` scope.
 */
export async function composeWebhook(
  em: EntityManager,
  deliveryId: string,
  now: Date,
): Promise<OutgoingWebhook | null> {
  const [row] = await em
    .getConnection()
    .execute<
      Array<{ id: string; url: string; secret: string; payload: WebhookPayload; subject_id: string; pii: boolean }>
    >(
      `select d.id, e.url, e.secret, d.payload, d.subject_id,
            coalesce(k.revoked_at is null and k.expires_at > ? and 'pii:read' = any(k.scopes), false) as pii
       from webhook_delivery d
       join webhook_endpoint e on e.id = d.endpoint_id
       left join api_key k on k.id = e.api_key_id
      where d.id = ?`,
      [now, deliveryId],
    );
  if (!row) return null;
  const payload = row.pii ? await withPersonalData(em, row.payload) : row.payload;
  return { id: row.id, url: row.url, secret: row.secret, body: JSON.stringify(payload) };
}

async function withPersonalData(em: EntityManager, payload: WebhookPayload): Promise<WebhookPayload> {
  const caseId = payload.data.caseId;
  if (typeof caseId !== 'string') return payload;
  const c = await em.findOne(FeedbackCase, caseId);
  if (!c) return payload;
  return {
    ...payload,
    data: {
      ...payload.data,
      submitterName: c.submitterName,
      submitterEmail: c.submitterEmail,
      submitterPhone: c.submitterPhone,
      description: c.description,
    },
  };
}
