import type { EntityManager } from '@mikro-orm/postgresql';
import type { MeasureEventType } from '@klankbord/domain';
import type { RequestContext } from '../../graphql/context.js';
import { conflict, forbidden, InputError, notFound, unauthenticated } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { isAuthenticated, type Viewer } from '../auth/viewer.js';
import { canReadCase } from '../cases/case.policy.js';
import { FeedbackCase } from '../cases/feedback-case.entity.js';
import { Person } from '../people/person.entity.js';
import { canChangeMeasure } from './measure.policy.js';
import { MeasureEvent } from './measure-event.entity.js';
import { PreventiveMeasure } from './preventive-measure.entity.js';

export interface MeasureChange {
  measureId: string;
  version: number;
  /** What the history calls it: a lifecycle action, or UPDATE / LINK_CASES (proposing creates the measure instead). */
  type: Exclude<MeasureEventType, 'PROPOSE'>;
  note?: string | null;
  apply?: (
    measure: PreventiveMeasure,
    scope: { em: EntityManager; now: Date; viewer: Viewer },
  ) => Promise<Record<string, unknown> | void> | Record<string, unknown> | void;
}

/**
 * The one way a measure changes, with the rules of cases: load, check the version, authorize
 * (measure.policy), move through the domain lifecycle, apply, record the event — one transaction.
 */
export async function changeMeasure(ctx: RequestContext, change: MeasureChange): Promise<PreventiveMeasure> {
  if (!isAuthenticated(ctx.viewer)) throw unauthenticated();
  return ctx.em.transactional(async (em) => {
    const measure = isUuid(change.measureId) ? await em.findOne(PreventiveMeasure, change.measureId) : null;
    if (!measure) throw notFound('The measure');
    // Authorize before the version check: a CONFLICT names the current version, which is not for
    // a viewer who may not change (or read) the measure.
    if (!canChangeMeasure(ctx.viewer, measure)) throw forbidden('change this measure');
    if (measure.version !== change.version) {
      throw conflict('Someone else changed this measure after you loaded it. Reload it and try again.', {
        reason: 'STALE_VERSION',
        currentVersion: measure.version,
      });
    }
    const now = ctx.services.now();
    const from = measure.status;
    if (change.type !== 'UPDATE' && change.type !== 'LINK_CASES') measure.perform(change.type);
    const data = (await change.apply?.(measure, { em, now, viewer: ctx.viewer })) ?? null;
    em.persist(
      new MeasureEvent({
        measure: em.getReference(PreventiveMeasure, measure.id, { wrapped: true }),
        actor: ctx.viewer.personId ? em.getReference(Person, ctx.viewer.personId, { wrapped: true }) : null,
        type: change.type,
        fromStatus: from,
        toStatus: measure.status,
        note: change.note ?? null,
        data,
        occurredAt: now,
      }),
    );
    return measure;
  });
}

/**
 * The complaints with these ids, or a BAD_USER_INPUT when one is unknown, is no complaint or is one
 * the viewer may not read — the same answer for all three, so linking cannot probe whether a case exists.
 */
export async function loadComplaints(
  em: EntityManager,
  viewer: Viewer,
  ids: readonly string[],
): Promise<FeedbackCase[]> {
  const unique = [...new Set(ids)];
  const found = unique.length > 0 ? await em.find(FeedbackCase, { id: { $in: unique }, kind: 'COMPLAINT' }) : [];
  const cases = found.filter((c) => canReadCase(viewer, c));
  if (cases.length !== unique.length) {
    throw new InputError([
      { field: 'caseIds', reason: 'UNKNOWN', message: 'One of the cases does not exist or is not a complaint.' },
    ]);
  }
  return cases;
}
