import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { authorize } from '../auth/authorize.js';
import type { Viewer } from '../auth/viewer.js';
import { DeliveryStatus, OutboxMessage } from './outbox-message.entity.js';
import { canManageOutbox } from './outbox.policy.js';

/** Each state as a filter: the one translation of `OutboxMessage.status` into columns. */
const BY_STATUS: Record<DeliveryStatus, FilterQuery<OutboxMessage>> = {
  [DeliveryStatus.QUEUED]: { sentAt: null, deadAt: null, attempts: 0 },
  [DeliveryStatus.RETRYING]: { sentAt: null, deadAt: null, attempts: { $gt: 0 } },
  [DeliveryStatus.SENT]: { sentAt: { $ne: null } },
  [DeliveryStatus.DEAD]: { sentAt: null, deadAt: { $ne: null } },
};

/** The outbox for administrators: newest first, optionally in one state. */
export async function findOutboxMessages({
  em,
  viewer,
  status,
  first,
}: {
  em: EntityManager;
  viewer: Viewer;
  status: DeliveryStatus | null;
  first: number;
}): Promise<OutboxMessage[]> {
  authorize(viewer, canManageOutbox, 'read the outbox');
  return em.find(OutboxMessage, status ? BY_STATUS[status] : {}, {
    orderBy: { createdAt: 'desc', id: 'desc' },
    limit: first,
  });
}
