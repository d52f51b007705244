import type { CaseEventType, MeasureEventType } from '@klankbord/domain';
import { registerEnumType } from 'type-graphql';

/** What an endpoint can subscribe to: the case events integrators follow, and any change to a measure. */
export const WEBHOOK_EVENTS = [
  'RECEIVED',
  'DECIDED',
  'ASSIGNED',
  'EXTENDED',
  'RESOLVED',
  'CLOSED',
  'WITHDRAWN',
  'REOPENED',
  'MEASURE_CHANGED',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
export const WebhookEventEnum = Object.fromEntries(WEBHOOK_EVENTS.map((e) => [e, e])) as {
  [K in WebhookEvent]: K;
};
registerEnumType(WebhookEventEnum, {
  name: 'WebhookEvent',
  description: 'A case event (RECEIVED … REOPENED) or any change to a preventive measure (MEASURE_CHANGED).',
});

/**
 * The webhook event each case event is delivered as; null for the internal steps integrators are
 * not told of. A new case event type fails the type check here until it is decided.
 */
export const WEBHOOK_EVENT_OF_CASE_EVENT: Record<CaseEventType, WebhookEvent | null> = {
  RECEIVED: 'RECEIVED',
  IMPORTED: null,
  TAKE_TRIAGE: null,
  REASSIGN_RELATIONSHIP_MANAGER: null,
  DECIDE: 'DECIDED',
  ASSIGN_HANDLER: 'ASSIGNED',
  START_WORK: null,
  REQUEST_INFORMATION: null,
  RECEIVE_INFORMATION: null,
  EXTEND_DEADLINE: 'EXTENDED',
  RESOLVE: 'RESOLVED',
  CLOSE: 'CLOSED',
  WITHDRAW: 'WITHDRAWN',
  REOPEN: 'REOPENED',
  RECLASSIFY: null,
  CONSIDER: null,
  ADOPT: null,
  DECLINE: null,
  PASS_ON: null,
};

/** Every measure event is delivered, as MEASURE_CHANGED with its own type in the payload. */
export const webhookEventOfMeasureEvent = (_type: MeasureEventType): WebhookEvent => 'MEASURE_CHANGED';
