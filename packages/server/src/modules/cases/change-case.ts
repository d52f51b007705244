import type { EntityManager } from '@mikro-orm/postgresql';
import type { CaseAction, CaseOutcome, WorkingDayCalendar } from '@klankbord/domain';
import type { RequestContext } from '../../graphql/context.js';
import { conflict, forbidden, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { Person } from '../people/person.entity.js';
import { loadSettings } from '../settings/load-settings.js';
import { CaseEvent } from './case-event.entity.js';
import { canReadCase, mayActOn } from './case.policy.js';
import { FeedbackCase } from './feedback-case.entity.js';

/** What a use case hands its own changes: the transaction's EntityManager, the clock and the calendar. */
export interface ChangeScope {
  em: EntityManager;
  now: Date;
  calendar: () => Promise<WorkingDayCalendar>;
}

export interface CaseChange {
  caseId: string;
  /** The version the user saw; a newer one in the database is a CONFLICT, never an overwrite. */
  version: number;
  action: CaseAction;
  outcome?: CaseOutcome | null;
  note?: string | null;
  /**
   * The use case's own changes beyond the status (assign a handler, record an extension, …), made
   * after the checks and before the event is written. May return detail for the event (no personal data).
   */
  apply?: (c: FeedbackCase, scope: ChangeScope) => Promise<Record<string, unknown> | void> | Record<string, unknown> | void;
}

/**
 * The one way a case changes: load, check the version, authorize (case.policy), move through the
 * domain lifecycle, apply the use case's changes, record the event — one transaction, flushed once.
 * Anything refused leaves the database as it was.
 */
export async function changeCase(ctx: RequestContext, change: CaseChange): Promise<FeedbackCase> {
  return ctx.em.transactional(async (em) => {
    const c = isUuid(change.caseId) ? await em.findOne(FeedbackCase, change.caseId) : null;
    if (!c || !canReadCase(ctx.viewer, c)) throw notFound('The case');
    if (c.version !== change.version) {
      throw conflict('Someone else changed this case after you loaded it. Reload it and try again.', {
        reason: 'STALE_VERSION',
        currentVersion: c.version,
      });
    }
    const { relationshipManagerScope } = await loadSettings(em);
    if (!mayActOn(ctx.viewer, change.action, c, relationshipManagerScope)) throw forbidden('take this step on this case');

    const now = ctx.services.now();
    let calendar: WorkingDayCalendar | undefined;
    const scope: ChangeScope = { em, now, calendar: async () => (calendar ??= await loadCalendar(em)) };
    const { from, to } = c.perform(change.action, change.outcome);
    const data = (await change.apply?.(c, scope)) ?? null;
    em.persist(
      new CaseEvent({
        case: em.getReference(FeedbackCase, c.id, { wrapped: true }),
        actor: ctx.viewer.personId ? em.getReference(Person, ctx.viewer.personId, { wrapped: true }) : null,
        type: change.action,
        fromStatus: from,
        toStatus: to,
        note: change.note ?? null,
        data: { ...(change.outcome ? { outcome: change.outcome } : {}), ...data },
        occurredAt: now,
      }),
    );
    return c;
  });
}
