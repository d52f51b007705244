import type { EntityManager } from '@mikro-orm/postgresql';
import { FeedbackCase } from '../cases/feedback-case.entity.js';
import type { OutboxTemplate } from './outbox-message.entity.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { renderMessage, type MessageFacts } from './templates.js';

/**
 * Queues a message to the submitter in the case's language, in the caller's transaction, so the
 * message exists exactly when the change that causes it does.
 */
export function queueMessage(
  em: EntityManager,
  c: FeedbackCase,
  template: OutboxTemplate,
  facts: Omit<MessageFacts, 'registrationNumber' | 'kind'>,
  now: Date,
): void {
  em.persist(
    new OutboxMessage({
      case: em.getReference(FeedbackCase, c.id, { wrapped: true }),
      template,
      locale: c.locale,
      ...renderMessage(template, c.locale, { registrationNumber: c.registrationNumber, kind: c.kind, ...facts }),
      createdAt: now,
    }),
  );
}
