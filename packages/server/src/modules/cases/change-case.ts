import type { EntityManager } from '@mikro-orm/postgresql';
import { availableActions, transition, type CaseAction, type WorkingDayCalendar } from '@klankbord/domain';
import type { RequestContext } from '../../graphql/context.js';
import { conflict, forbidden, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { Person } from '../people/person.entity.js';
import { queueMessage } from '../outbox/queue-message.js';
import { askSatisfaction } from '../satisfaction/ask-satisfaction.js';
import { loadSettings } from '../settings/load-settings.js';
import { canReadCase, mayActOn } from './case.policy.js';
import { takeStep, type StepOf } from './case-step.js';
import { FeedbackCase } from './feedback-case.entity.js';

/** What a use case hands its own changes: the transaction's EntityManager, the clock and the calendar. */
export interface ChangeScope {
  em: EntityManager;
  now: Date;
  calendar: () => Promise<WorkingDayCalendar>;
}

export interface CaseChange<A extends CaseAction> {
  caseId: string;
  /** The version the user saw; a newer one in the database is a CONFLICT, never an overwrite. */
  version: number;
  action: A;
  note?: string | null;
  /**
   * The use case's own part, run once the policy allowed the action: the look-ups and input checks
   * that need the database (a handler, a measure, the calendar). Returns the step `takeStep` takes.
   */
  prepare: (c: FeedbackCase, scope: ChangeScope) => Promise<StepOf<A>> | StepOf<A>;
}

/**
 * The one way a case changes: load, check the version, authorize (case.policy), let the use case
 * prepare its step, take it (`takeStep`: domain transition, fields, event), store what it produced
 * — one transaction, flushed once. Anything refused leaves the database as it was.
 */
export async function changeCase<A extends CaseAction>(
  ctx: RequestContext,
  change: CaseChange<A>,
): Promise<FeedbackCase> {
  return ctx.em.transactional(async (em) => {
    const c = isUuid(change.caseId) ? await em.findOne(FeedbackCase, change.caseId) : null;
    if (!c || !canReadCase(ctx.viewer, c)) throw notFound('The case');
    if (c.version !== change.version) {
      throw conflict('Someone else changed this case after you loaded it. Reload it and try again.', {
        reason: 'STALE_VERSION',
        currentVersion: c.version,
      });
    }
    const settings = await loadSettings(em);
    if (!mayActOn(ctx.viewer, change.action, c, settings.relationshipManagerScope))
      throw forbidden('take this step on this case');
    // A move the lifecycle does not allow is refused (with the domain's words) before any look-up.
    if (!availableActions(c.kind, c.status).includes(change.action))
      transition({ kind: c.kind, status: c.status, action: change.action });

    const now = ctx.services.now();
    let calendar: WorkingDayCalendar | undefined;
    const scope: ChangeScope = { em, now, calendar: async () => (calendar ??= await loadCalendar(em)) };
    const step = await change.prepare(c, scope);
    const actor = ctx.viewer.personId ? em.getReference(Person, ctx.viewer.personId, { wrapped: true }) : null;
    const { event, extension, message } = takeStep(c, step, { actor, at: now, note: change.note ?? null });
    if (extension) em.persist(extension);
    if (message) {
      // The outcome of a complaint carries the satisfaction question, when the organisation asks it.
      const satisfaction = message.template === 'OUTCOME' ? await askSatisfaction(em, c, settings, now) : null;
      queueMessage(
        em,
        c,
        message.template,
        satisfaction ? { ...message.facts, satisfactionUrl: satisfaction.url } : message.facts,
        now,
      );
    }
    em.persist(event);
    return c;
  });
}
