import { ChangeSetType, Reference, wrap, type EventSubscriber, type FlushEventArgs, type Ref } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { CaseEvent } from '../cases/case-event.entity.js';
import { MeasureEvent } from '../measures/measure-event.entity.js';
import { WebhookDelivery, type WebhookPayload } from './webhook-delivery.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WEBHOOK_EVENT_OF_CASE_EVENT, webhookEventOfMeasureEvent, type WebhookEvent } from './webhook-events.js';

/** What one new event becomes: its webhook event, its subject and the payload without personal data. */
export interface Outgoing {
  event: WebhookEvent;
  subjectId: string;
  occurredAt: Date;
  data: WebhookPayload['data'];
}

/**
 * The transactional outbox of webhooks. Case and measure events are written in many places (intake,
 * `changeCase`, measures, imports); this hook sees every new one in the flush that writes it and adds
 * a delivery per subscribed active endpoint to the same flush — so the deliveries are committed with
 * the event or not at all. Registered once, in `ormConfig`.
 */
export class QueueWebhookDeliveries implements EventSubscriber {
  async onFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const outgoing = uow
      .getChangeSets()
      .filter((cs) => cs.type === ChangeSetType.CREATE)
      .map((cs) => outgoingOf(cs.entity))
      .filter((o): o is Outgoing => o !== null);
    if (outgoing.length === 0) return;
    const endpoints = await (em as SqlEntityManager)
      .getConnection()
      .execute<Array<{ id: string; events: WebhookEvent[] }>>(
        `select id, events from webhook_endpoint where events && string_to_array(?, ',')`,
        [[...new Set(outgoing.map((o) => o.event))].join(',')],
        'all',
        em.getTransactionContext(),
      );
    for (const o of outgoing) {
      for (const endpoint of endpoints.filter((e) => e.events.includes(o.event))) {
        const delivery = new WebhookDelivery({
          endpoint: em.getReference(WebhookEndpoint, endpoint.id, { wrapped: true }),
          subjectId: o.subjectId,
          event: o.event,
          payload: payloadOf(o),
          createdAt: o.occurredAt,
        });
        em.persist(delivery);
        uow.computeChangeSet(delivery);
      }
    }
  }
}

/**
 * The webhook a new case or measure event makes (null for events no webhook reports). Also used by
 * intake, which writes its `RECEIVED` event by hand in one statement, past this flush hook.
 */
export function outgoingOf(entity: object): Outgoing | null {
  if (entity instanceof CaseEvent) {
    const event = WEBHOOK_EVENT_OF_CASE_EVENT[entity.type];
    const c = loaded(entity.case);
    if (!event || !c) return null;
    return {
      event,
      subjectId: c.id,
      occurredAt: entity.occurredAt,
      data: {
        caseId: c.id,
        registrationNumber: c.registrationNumber,
        kind: c.kind,
        status: entity.toStatus,
        fromStatus: entity.fromStatus,
        caseEventType: entity.type,
        outcome: c.outcome,
        acknowledgementDueAt: c.acknowledgementDueAt.toISOString(),
        resolutionDueAt: c.resolutionDueAt.toISOString(),
        occurredAt: entity.occurredAt.toISOString(),
      },
    };
  }
  if (entity instanceof MeasureEvent) {
    const measure = loaded(entity.measure);
    if (!measure) return null;
    return {
      event: webhookEventOfMeasureEvent(entity.type),
      subjectId: measure.id,
      occurredAt: entity.occurredAt,
      data: {
        measureId: measure.id,
        status: entity.toStatus,
        fromStatus: entity.fromStatus,
        measureEventType: entity.type,
        occurredAt: entity.occurredAt.toISOString(),
      },
    };
  }
  return null;
}

/**
 * The entity behind a reference, when the unit of work holds it (the use case that writes an event
 * has loaded or made its case). Not loaded means an event written without its subject at hand,
 * which no use case does.
 */
function loaded<T extends object>(ref: Ref<T>): T | null {
  const entity = Reference.unwrapReference(ref);
  return wrap(entity, true).__initialized === false ? null : entity;
}

/** The JSON body a delivery sends. */
export const payloadOf = (o: Outgoing): WebhookPayload => ({
  type: o.event,
  timestamp: o.occurredAt.toISOString(),
  data: o.data,
});
