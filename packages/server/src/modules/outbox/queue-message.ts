import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FeedbackCase } from '../cases/feedback-case.entity.js';
import type { OutboxTemplate } from './outbox-message.entity.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { factsToData, renderMessage, type MessageFacts } from './templates.js';

/**
 * Queues a message to the submitter in the case's language, in the caller's transaction, so the
 * message exists exactly when the change that causes it does. The facts are kept with it: the
 * relay renders the mail (plain text and HTML) from them when it delivers.
 */
export function queueMessage(
  em: EntityManager,
  c: FeedbackCase,
  template: OutboxTemplate,
  facts: Omit<MessageFacts, 'registrationNumber' | 'kind'>,
  now: Date,
): OutboxMessage {
  const message = composeMessage(c, template, facts, now);
  em.persist(message);
  return message;
}

/** The message `queueMessage` queues, not yet persisted (intake writes it in its own statement). */
export function composeMessage(
  c: FeedbackCase,
  template: OutboxTemplate,
  facts: Omit<MessageFacts, 'registrationNumber' | 'kind'>,
  now: Date,
): OutboxMessage {
  const all: MessageFacts = { registrationNumber: c.registrationNumber, kind: c.kind, ...facts };
  return new OutboxMessage({
    case: ref(c),
    template,
    locale: c.locale,
    ...renderMessage(template, c.locale, all),
    data: factsToData(all),
    createdAt: now,
  });
}
