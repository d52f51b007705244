import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../auth/authorize.js';
import type { Viewer } from '../auth/viewer.js';
import { DevMailboxMessage } from './dev-mailbox-message.entity.js';
import { canManageOutbox } from './outbox.policy.js';

/** The dev mailbox (development without SMTP), newest first, for administrators. */
export async function findDevMailbox({
  em,
  viewer,
  first,
}: {
  em: EntityManager;
  viewer: Viewer;
  first: number;
}): Promise<DevMailboxMessage[]> {
  authorize(viewer, canManageOutbox, 'read the dev mailbox');
  return em.find(DevMailboxMessage, {}, { orderBy: { deliveredAt: 'desc', id: 'desc' }, limit: first });
}
