import {
  Cursor,
  QueryOrder,
  ReferenceKind,
  type EntityProperty,
  type FilterQuery,
  type ObjectQuery,
  type QueryOrderMap,
} from '@mikro-orm/core';
import { raw, type EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import { amsterdamDate, endOfAmsterdamDay, FINISHED_STATUSES, startOfAmsterdamDay, addDays } from '@klankbord/domain';
import type { RequestContext } from '../../graphql/context.js';
import { selectedFields } from '../../graphql/selection.js';
import { forbidden, InputError, unauthenticated } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { hasRole, hasScope, isAuthenticated, type Viewer } from '../auth/viewer.js';
import type { CaseConnection } from './case-view.types.js';
import { FeedbackCase } from './feedback-case.entity.js';
import type { CaseFilter, CaseOrder } from './find-cases.input.js';

/** Open cases (`isOpenStatus`), in the `not in` form of the partial index on open cases. */
const OPEN_STATUS_FILTER = { $nin: [...FINISHED_STATUSES] };
export const MAX_PAGE_SIZE = 100;
/** `totalCount` counts matching cases up to this many; past it, it says this many and `totalCountCapped` is true. */
export const TOTAL_COUNT_CAP = 10_000;

/**
 * What the client asked of a page of cases (read ahead from the GraphQL selection), so that only
 * that is loaded: whether to count, and which fields of the cases it reads. Without it the whole
 * case is loaded and counted, as a caller outside GraphQL would expect.
 */
export interface CasePageSelection {
  count: boolean;
  caseFields: ReadonlySet<string>;
}

/** The selection of a `CaseConnection` field (`cases`, `myQueue`). */
export function casePageSelection(info: GraphQLResolveInfo): CasePageSelection {
  const page = selectedFields(info);
  return {
    count: page.has('totalCount') || page.has('totalCountCapped'),
    caseFields: selectedFields(info, 'nodes'),
  };
}

/**
 * Long free text and the submitter's details: loaded only when their own field is selected (a
 * page of fifty descriptions is most of a list's bytes, and most lists show none).
 */
const ON_REQUEST_ONLY: ReadonlySet<string> = new Set([
  'description',
  'outcomeReason',
  'measuresTaken',
  'noMeasureReason',
  'submitterName',
  'submitterPhone',
  'submitterEmail',
]);

/**
 * What every case on a page carries whatever was selected: the keys of both orders and what the
 * access and personal-data policies decide by (kind, status, submitter, relationship manager,
 * handler).
 */
const ALWAYS_LOADED = [
  'id',
  'kind',
  'status',
  'receivedAt',
  'resolutionDueAt',
  'submitter',
  'relationshipManager',
  'handler',
] as const;

/**
 * The columns and to-one relations a page loads for `caseFields`: a selected column, a selected
 * relation joined into the same statement (one SQL statement per page), and for any other field
 * (deadlines, viewerCan, events, …: resolvers that read more of the case) every column but the
 * `ON_REQUEST_ONLY` ones. Without a selection, the whole case.
 */
function pageLoad(em: EntityManager, caseFields: ReadonlySet<string> | undefined) {
  if (!caseFields) return {};
  const meta = em.getMetadata(FeedbackCase);
  const properties: Readonly<Record<string, EntityProperty<FeedbackCase> | undefined>> = meta.properties;
  const fields = new Set<string>(ALWAYS_LOADED);
  const populate: string[] = [];
  let everyColumn = false;
  for (const field of caseFields) {
    if (field === '__typename') continue;
    const prop = properties[field];
    if (prop?.kind === ReferenceKind.SCALAR) fields.add(field);
    else if (prop?.kind === ReferenceKind.MANY_TO_ONE) {
      fields.add(field);
      populate.push(field);
    } else everyColumn = true;
  }
  if (everyColumn) {
    for (const prop of meta.props) {
      const column = prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE;
      if (column && !ON_REQUEST_ONLY.has(prop.name)) fields.add(prop.name);
    }
  }
  return { fields: [...fields] as never[], populate: populate as never[], strategy: 'joined' as const };
}

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
  filter: requestedFilter,
  order = 'RECEIVED_AT_DESC',
  first = 50,
  after,
  selection,
}: {
  ctx: RequestContext;
  /** `null` (the client sent `filter: null`) filters nothing, like no filter. */
  filter?: CaseFilter | null;
  order?: CaseOrder;
  first?: number;
  after?: string | null;
  selection?: CasePageSelection;
}): Promise<CaseConnection> {
  if (!isAuthenticated(ctx.viewer)) throw unauthenticated();
  const filter = requestedFilter ?? {};
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
  return findPage(ctx.em, { $and: conditions }, { first, after: after ?? null, orderBy, selection });
}

/**
 * One page by keyset cursor (one SQL statement, with the selected relations joined), and the
 * count when it is selected: none when the page itself shows it is the whole list (the first page,
 * not full), else a second statement that stops counting at `TOTAL_COUNT_CAP`.
 */
async function findPage(
  em: EntityManager,
  where: ObjectQuery<FeedbackCase>,
  {
    first,
    after,
    orderBy,
    selection,
  }: { first: number; after: string | null; orderBy: QueryOrderMap<FeedbackCase>; selection?: CasePageSelection },
): Promise<CaseConnection> {
  const cursor = await em.findByCursor(FeedbackCase, where, {
    first,
    after: after ?? undefined,
    orderBy,
    includeCount: false,
    ...pageLoad(em, selection?.caseFields),
  });
  let totalCount = 0;
  if (selection?.count !== false) {
    totalCount = !after && !cursor.hasNextPage ? cursor.items.length : await countUpTo(em, where, TOTAL_COUNT_CAP + 1);
  }
  return {
    nodes: cursor.items,
    endCursor: cursor.endCursor,
    hasNextPage: cursor.hasNextPage,
    totalCount: Math.min(totalCount, TOTAL_COUNT_CAP),
    totalCountCapped: totalCount > TOTAL_COUNT_CAP,
  };
}

/** How many cases match `where`, counting no further than `limit` (so never a scan of them all). */
async function countUpTo(em: EntityManager, where: ObjectQuery<FeedbackCase>, limit: number): Promise<number> {
  const matching = em.createQueryBuilder(FeedbackCase).select(raw('1')).where(where).limit(limit).getKnexQuery();
  // Through the connection (not knex alone): the statement is logged and runs in the request's transaction, if any.
  const [row] = await em
    .getConnection()
    .execute<Array<{ n: string }>>(
      em.getKnex().count({ n: '*' }).from(matching.as('matching')),
      [],
      'all',
      em.getTransactionContext(),
    );
  return Number(row?.n ?? 0);
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
  selection,
}: {
  ctx: RequestContext;
  first?: number;
  after?: string | null;
  selection?: CasePageSelection;
}) {
  const viewer = ctx.viewer;
  if (!viewer.personId || !(hasRole(viewer, 'RELATIONSHIP_MANAGER') || hasRole(viewer, 'HANDLER'))) {
    throw forbidden('have a work queue (relationship managers and handlers only)');
  }
  return findQueue(ctx, viewer.personId, first, after ?? null, selection);
}

async function findQueue(
  ctx: RequestContext,
  personId: string,
  first: number,
  after: string | null,
  selection: CasePageSelection | undefined,
): Promise<CaseConnection> {
  assertPageSize(first);
  assertCursor(after);
  const mine: FilterQuery<FeedbackCase>[] = [];
  if (hasRole(ctx.viewer, 'RELATIONSHIP_MANAGER'))
    mine.push({ relationshipManager: personId }, { relationshipManager: null });
  if (hasRole(ctx.viewer, 'HANDLER')) mine.push({ handler: personId });
  return findPage(
    ctx.em,
    { status: OPEN_STATUS_FILTER, $or: mine },
    { first, after, orderBy: { resolutionDueAt: QueryOrder.ASC, id: QueryOrder.ASC }, selection },
  );
}
