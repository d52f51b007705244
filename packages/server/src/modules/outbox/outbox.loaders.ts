import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupByParent } from '../../shared/group-by-parent.js';
import { OutboxMessage } from './outbox-message.entity.js';

/**
 * The messages queued for every case asked for in one request, in one query; each case's oldest
 * first (by id when two were queued at the same instant, so the order is the same however the
 * cases were batched).
 */
export function createCaseMessagesLoader(em: EntityManager): DataLoader<string, OutboxMessage[]> {
  return new DataLoader(async (caseIds) => {
    const messages = await em.find(
      OutboxMessage,
      { case: { $in: [...caseIds] } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return groupByParent(caseIds, messages, (message) => message.case?.id);
  });
}

/** The messages about every measure asked for in one request (step 5), in one query; oldest first. */
export function createMeasureMessagesLoader(em: EntityManager): DataLoader<string, OutboxMessage[]> {
  return new DataLoader(async (measureIds) => {
    const messages = await em.find(
      OutboxMessage,
      { measure: { $in: [...measureIds] } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return groupByParent(measureIds, messages, (message) => message.measure?.id);
  });
}
