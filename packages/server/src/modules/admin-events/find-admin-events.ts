import type { RequestContext } from '../../graphql/context.js';
import { InputError } from '../../shared/errors.js';
import { authorize } from '../auth/authorize.js';
import { AdminEvent, type AdminEntityType } from './admin-event.entity.js';
import { canReadAdminEvents } from './admin-events.policy.js';

/** At most this many events per page. */
export const MAX_ADMIN_EVENTS_PAGE = 200;

/**
 * A page of administrative changes, newest first, optionally only those to one kind of thing;
 * `after` is the `endCursor` of the previous page (asked with the same filter).
 */
export async function findAdminEvents({
  ctx,
  first,
  after,
  entityType = null,
}: {
  ctx: RequestContext;
  first: number;
  after: string | null;
  entityType?: AdminEntityType | null;
}): Promise<{ nodes: AdminEvent[]; endCursor: string | null; hasNextPage: boolean }> {
  authorize(ctx.viewer, canReadAdminEvents, 'read the administrative trail');
  if (first < 1 || first > MAX_ADMIN_EVENTS_PAGE) {
    throw new InputError([
      { field: 'first', reason: 'OUT_OF_RANGE', message: `Ask for 1 to ${MAX_ADMIN_EVENTS_PAGE} events.` },
    ]);
  }
  if (after !== null && !/^\d{1,18}$/.test(after)) {
    throw new InputError([{ field: 'after', reason: 'INVALID', message: 'Pass an endCursor from an earlier page.' }]);
  }
  const rows = await ctx.em.find(
    AdminEvent,
    { ...(after ? { id: { $lt: after } } : {}), ...(entityType ? { entityType } : {}) },
    {
      orderBy: { id: 'desc' },
      limit: first + 1,
    },
  );
  const nodes = rows.slice(0, first);
  return { nodes, endCursor: nodes.at(-1)?.id ?? null, hasNextPage: rows.length > first };
}
