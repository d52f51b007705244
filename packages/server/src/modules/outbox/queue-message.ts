import type { EntityManager } from '@mikro-orm/postgresql';
import { FeedbackCase } from '../cases/feedback-case.entity.js';
import type { OutboxTemplate } from './outbox-message.entity.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { renderMessage, type MessageFacts } from './templates.js';

/** What a message carries besides its template's text: structured data, and text to add at its end. */
export interface MessageExtras {
  /** Facts for the delivery to render (e.g. `satisfactionUrl`), kept as the message's `data`. */
  data?: Record<string, unknown>;
  /** Text appended to the rendered body (e.g. the satisfaction invitation with its link). */
  postscript?: string;
}

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
  extras: MessageExtras = {},
): void {
  const { subject, body } = renderMessage(template, c.locale, {
    registrationNumber: c.registrationNumber,
    kind: c.kind,
    ...facts,
  });
  em.persist(
    new OutboxMessage({
      case: em.getReference(FeedbackCase, c.id, { wrapped: true }),
      template,
      locale: c.locale,
      subject,
      body: body + (extras.postscript ?? ''),
      createdAt: now,
      data: extras.data ?? null,
    }),
  );
}
