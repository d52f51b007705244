import { Cursor, QueryOrder, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import { amsterdamDate, endOfAmsterdamDay, FINISHED_STATUSES, startOfAmsterdamDay, addDays } from '@klankbord/domain';
import type { RequestContext } from '../../graphql/context.js';
import { forbidden, InputError, unauthenticated } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { hasRole, hasScope, isAuthenticated, type Viewer } from '../auth/viewer.js';
import type { CaseConnection } from './case-view.types.js';
import { FeedbackCase } from './feedback-case.entity.js';
import type { CaseFilter, CaseOrder } from './find-cases.input.js';

/** Open cases (`isOpenStatus`), in the `not in` form of the partial index on open cases. */
const OPEN_STATUS_FILTER = { $nin: [...FINISHED_STATUSES] };
export const MAX_PAGE_SIZE = 100;

/** Row-level access as a query condition: the same rule as `canReadCase`, for lists. */
function readableBy(viewer: Viewer): FilterQuery<FeedbackCase> | null {
  if (
    hasRole(viewer, 'ADMINISTRATOR') ||
    hasRole(viewer, 'MANAGEMENT') ||
    hasRole(viewer, 'RELATIONSHIP_MANAGER') ||
    hasScope(viewer, 'cases:read')
  ) {
    return {};
  }
  const own: FilterQuery<FeedbackCase>[] = [];
  if (viewer.personId && hasRole(viewer, 'HANDLER')) own.push({ handler: viewer.personId });
  if (viewer.personId) own.push({ submitter: viewer.personId });
  return own.length > 0 ? { $or: own } : null;
}

/**
 * Cases the viewer may read, filtered and sorted, one page at a time (keyset cursor: stable while
 * cases are added). Free text searches descriptions only for roles that may read them.
 */
export async function findCases({
  ctx,
  filter = {},
  order = 'RECEIVED_AT_DESC',
  first = 50,
  after,
}: {
  ctx: RequestContext;
  filter?: CaseFilter;
  order?: CaseOrder;
  first?: number;
  after?: string | null;
}): Promise<CaseConnection> {
  if (!isAuthenticated(ctx.viewer)) throw unauthenticated();
  const access = readableBy(ctx.viewer);
  if (!access) throw forbidden('list cases');
  assertPageSize(first);
  if (
    filter.text &&
    !(
      hasRole(ctx.viewer, 'RELATIONSHIP_MANAGER') ||
      hasRole(ctx.viewer, 'ADMINISTRATOR') ||
      hasRole(ctx.viewer, 'HANDLER')
    )
  ) {
    throw forbidden('search case descriptions');
  }

  const now = ctx.services.now();
  const conditions: FilterQuery<FeedbackCase>[] = [access];
  if (filter.kind) conditions.push({ kind: filter.kind });
  if (filter.statuses?.length) conditions.push({ status: { $in: filter.statuses } });
  if (filter.complaintTypeId) conditions.push({ complaintType: filter.complaintTypeId });
  if (filter.serviceId) conditions.push({ service: filter.serviceId });
  if (filter.organisationUnitId) conditions.push({ organisationUnit: filter.organisationUnitId });
  if (filter.relationshipManagerId) conditions.push({ relationshipManager: filter.relationshipManagerId });
  if (filter.handlerId) conditions.push({ handler: filter.handlerId });
  if (filter.receivedFrom) conditions.push({ receivedAt: { $gte: startOfAmsterdamDay(filter.receivedFrom) } });
  if (filter.receivedTo) conditions.push({ receivedAt: { $lt: startOfAmsterdamDay(addDays(filter.receivedTo, 1)) } });
  if (filter.overdue) conditions.push({ status: OPEN_STATUS_FILTER, resolutionDueAt: { $lt: now } });
  if (filter.dueWithinWorkingDays != null) {
    const calendar = await ctx.loaders.calendar();
    const horizon = endOfAmsterdamDay(calendar.addWorkingDays(amsterdamDate(now), filter.dueWithinWorkingDays).date);
    conditions.push({ status: OPEN_STATUS_FILTER, resolutionDueAt: { $lte: horizon } });
  }
  if (filter.text) conditions.push({ description: { $ilike: `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } });

  const orderBy: QueryOrderMap<FeedbackCase> =
    order === 'DUE_AT_ASC'
      ? { resolutionDueAt: QueryOrder.ASC, id: QueryOrder.ASC }
      : { receivedAt: QueryOrder.DESC, id: QueryOrder.DESC };
  assertCursor(after);
  const cursor = await ctx.em.findByCursor(
    FeedbackCase,
    { $and: conditions },
    { first, after: after ?? undefined, orderBy, includeCount: true },
  );
  return {
    nodes: cursor.items,
    endCursor: cursor.endCursor,
    hasNextPage: cursor.hasNextPage,
    totalCount: cursor.totalCount,
  };
}

function assertPageSize(first: number): void {
  if (first < 1 || first > MAX_PAGE_SIZE) {
    throw new InputError([
      { field: 'first', reason: 'OUT_OF_RANGE', message: `Ask for 1 to ${MAX_PAGE_SIZE} cases per page.` },
    ]);
  }
}

/**
 * A cursor we did not hand out is the client's mistake, not an internal error: it must decode to
 * exactly what `findByCursor` encodes for these orders — an instant and a UUID — or its values
 * would reach the database as they are.
 */
function assertCursor(after: string | null | undefined): void {
  if (!after) return;
  let values: unknown;
  try {
    values = Cursor.decode(after);
  } catch {
    values = null;
  }
  const valid =
    Array.isArray(values) &&
    values.length === 2 &&
    // `Cursor.decode` revives ISO instants as dates; anything else in the first place is forged.
    values[0] instanceof Date &&
    !Number.isNaN(values[0].getTime()) &&
    typeof values[1] === 'string' &&
    isUuid(values[1]);
  if (!valid) {
    throw new InputError([{ field: 'after', reason: 'INVALID', message: 'That cursor is not valid for this list.' }]);
  }
}

/**
 * "My queue": open cases the viewer works on — a relationship manager's own and unassigned ones,
 * a handler's assigned ones — earliest deadline (so overdue) first.
 */
export function findMyQueue({
  ctx,
  first = 50,
  after,
}: {
  ctx: RequestContext;
  first?: number;
  after?: string | null;
}) {
  const viewer = ctx.viewer;
  if (!viewer.personId || !(hasRole(viewer, 'RELATIONSHIP_MANAGER') || hasRole(viewer, 'HANDLER'))) {
    throw forbidden('have a work queue (relationship managers and handlers only)');
  }
  return findQueue(ctx, viewer.personId, first, after ?? null);
}

async function findQueue(
  ctx: RequestContext,
  personId: string,
  first: number,
  after: string | null,
): Promise<CaseConnection> {
  assertPageSize(first);
  assertCursor(after);
  const mine: FilterQuery<FeedbackCase>[] = [];
  if (hasRole(ctx.viewer, 'RELATIONSHIP_MANAGER'))
    mine.push({ relationshipManager: personId }, { relationshipManager: null });
  if (hasRole(ctx.viewer, 'HANDLER')) mine.push({ handler: personId });
  const cursor = await ctx.em.findByCursor(
    FeedbackCase,
    { status: OPEN_STATUS_FILTER, $or: mine },
    {
      first,
      after: after ?? undefined,
      orderBy: { resolutionDueAt: QueryOrder.ASC, id: QueryOrder.ASC },
      includeCount: true,
    },
  );
  return {
    nodes: cursor.items,
    endCursor: cursor.endCursor,
    hasNextPage: cursor.hasNextPage,
    totalCount: cursor.totalCount,
  };
}
