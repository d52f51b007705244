import type { EntityManager } from '@mikro-orm/postgresql';
import { Person } from '../people/person.entity.js';
import { DeliveryError, type OutgoingMail } from './mail-transport.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { factsFromData, renderMail } from './templates.js';

/** The Message-ID of an outbox message: the same on every attempt, so a receiver can drop repeats. */
export const messageIdOf = (outboxMessageId: string) => `<${outboxMessageId}@outbox.klankbord>`;

/**
 * The mail for one outbox message: the recipients looked up now (the row holds no contact
 * details), and subject, plain text and HTML rendered from the template and the stored facts.
 * Rows queued before facts were stored are sent from their stored subject and body.
 */
export async function composeMail(em: EntityManager, outboxMessageId: string): Promise<OutgoingMail> {
  const message = await em.findOneOrFail(OutboxMessage, outboxMessageId, { populate: ['case', 'case.submitter'] });
  const to = await recipientsOf(em, message);
  if (to.length === 0) throw new DeliveryError('NO_RECIPIENT_ADDRESS', true);
  const facts = factsFromData(message.data);
  const rendered = facts
    ? renderMail(message.template, message.locale, facts)
    : { subject: message.subject, text: message.body, html: plainTextAsHtml(message.body) };
  return {
    messageId: messageIdOf(message.id),
    outboxMessageId: message.id,
    to,
    locale: message.locale,
    ...rendered,
  };
}

async function recipientsOf(em: EntityManager, message: OutboxMessage): Promise<string[]> {
  if (message.recipient === 'RELATIONSHIP_MANAGERS') {
    const managers = await em.find(
      Person,
      { active: true, roles: { $contains: ['RELATIONSHIP_MANAGER'] } },
      { orderBy: { email: 'asc' } },
    );
    return managers.map((person) => person.email);
  }
  const c = message.case?.getEntity();
  const address = c?.submitterEmail ?? c?.submitter?.getEntity().email ?? null;
  return address ? [address] : [];
}

function plainTextAsHtml(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html><body>${escaped
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replace(/\n/g, '<br>')}</p>`)
    .join('')}</body></html>`;
}
