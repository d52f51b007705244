import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../shared/ids.js';
import { notFound } from '../../shared/errors.js';
import { authorizeAdmin, type AdminActor } from '../admin-events/admin-actor.js';
import { changedFields, recordAdminEvent, type Snapshot } from '../admin-events/record-admin-event.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { canManageOutbox } from './outbox.policy.js';

const snapshot = (m: OutboxMessage): Snapshot => ({ status: m.status, attempts: m.attempts, lastError: m.lastError });

/**
 * Queues a message again (a dead one, or a sent one the recipient says never arrived): due now,
 * attempts counted afresh. It keeps its Message-ID, so a mail server that did receive it may drop
 * the copy. Recorded in the administration trail. A message waiting for delivery is left as it is.
 */
export async function resendOutboxMessage({
  em,
  actor,
  now,
  id,
}: {
  em: EntityManager;
  actor: AdminActor;
  now: Date;
  id: string;
}): Promise<OutboxMessage> {
  authorizeAdmin(actor, canManageOutbox, 'resend messages');
  return em.transactional(async (tx) => {
    const message = isUuid(id) ? await tx.findOne(OutboxMessage, id) : null;
    if (!message) throw notFound('The message');
    if (!message.sentAt && !message.deadAt) return message;
    const before = snapshot(message);
    message.sentAt = null;
    message.deadAt = null;
    message.attempts = 0;
    message.lastError = null;
    message.transport = null;
    message.nextAttemptAt = now;
    message.leaseUntil = null;
    message.leaseToken = null;
    recordAdminEvent(tx, {
      actor,
      entityType: 'OUTBOX_MESSAGE',
      entityId: message.id,
      action: 'RESENT',
      changes: changedFields(before, snapshot(message)),
      occurredAt: now,
    });
    return message;
  });
}
