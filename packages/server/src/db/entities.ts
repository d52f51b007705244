import { AdminEvent } from '../modules/admin-events/admin-event.entity.js';
import { PersonalDataRead } from '../modules/audit/personal-data-read.entity.js';
import { ApiKey } from '../modules/auth/api-key.entity.js';
import { ClosureDay } from '../modules/calendar/closure-day.entity.js';
import { ComplaintType, ComplaintTypeVersion } from '../modules/catalog/complaint-type.entity.js';
import { Service } from '../modules/catalog/service.entity.js';
import { CaseEvent } from '../modules/cases/case-event.entity.js';
import { DeadlineExtension } from '../modules/cases/deadline-extension.entity.js';
import { FeedbackCase } from '../modules/cases/feedback-case.entity.js';
import { RegistrationCounter } from '../modules/intake/registration-counter.entity.js';
import { MeasureEvent } from '../modules/measures/measure-event.entity.js';
import { PreventiveMeasure } from '../modules/measures/preventive-measure.entity.js';
import { DevMailboxMessage } from '../modules/outbox/dev-mailbox-message.entity.js';
import { OutboxMessage } from '../modules/outbox/outbox-message.entity.js';
import { OrganisationUnit } from '../modules/people/organisation-unit.entity.js';
import { Person } from '../modules/people/person.entity.js';
import { SatisfactionRequest } from '../modules/satisfaction/satisfaction-request.entity.js';
import { OrganisationSettings } from '../modules/settings/organisation-settings.entity.js';
import { WebhookDelivery } from '../modules/webhooks/webhook-delivery.entity.js';
import { WebhookEndpoint } from '../modules/webhooks/webhook-endpoint.entity.js';

/** Every entity, listed explicitly: MikroORM 6 under ESM does no folder discovery. */
export const entities = [
  AdminEvent,
  ApiKey,
  ClosureDay,
  ComplaintType,
  ComplaintTypeVersion,
  Service,
  CaseEvent,
  DeadlineExtension,
  FeedbackCase,
  RegistrationCounter,
  MeasureEvent,
  PreventiveMeasure,
  OutboxMessage,
  DevMailboxMessage,
  OrganisationUnit,
  Person,
  OrganisationSettings,
  SatisfactionRequest,
  PersonalDataRead,
  WebhookEndpoint,
  WebhookDelivery,
];
