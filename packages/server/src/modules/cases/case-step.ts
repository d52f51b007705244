import { ref, type Ref } from '@mikro-orm/core';
import {
  amsterdamDate,
  endOfAmsterdamDay,
  PRE_DECISION_STATUSES,
  resolutionDeadline,
  type CaseAction,
  type CaseOutcome,
  type WorkingDayCalendar,
} from '@klankbord/domain';
import { InputError } from '../../shared/errors.js';
import type { ComplaintType, ComplaintTypeVersion } from '../catalog/complaint-type.entity.js';
import type { Service } from '../catalog/service.entity.js';
import type { PreventiveMeasure } from '../measures/preventive-measure.entity.js';
import type { OutboxTemplate } from '../outbox/outbox-message.entity.js';
import type { MessageFacts } from '../outbox/templates.js';
import type { Person } from '../people/person.entity.js';
import { CaseEvent } from './case-event.entity.js';
import { DeadlineExtension } from './deadline-extension.entity.js';
import type { FeedbackCase } from './feedback-case.entity.js';

/**
 * One step on a case with everything it needs already looked up: the people, measures and
 * calendar come in resolved, so taking the step reads and writes nothing but the case in memory.
 */
export type CaseStep =
  | { action: 'TAKE_TRIAGE' }
  | { action: 'REASSIGN_RELATIONSHIP_MANAGER'; relationshipManager: Ref<Person> }
  | { action: 'DECIDE'; outcome: CaseOutcome; reason: string }
  | { action: 'ASSIGN_HANDLER'; handler: Ref<Person> }
  | { action: 'START_WORK' }
  /** `pausesClock`: the complaint type's rules (version valid at intake) stop the deadline while waiting. */
  | { action: 'REQUEST_INFORMATION'; pausesClock: boolean }
  | { action: 'RECEIVE_INFORMATION'; calendar: WorkingDayCalendar }
  | { action: 'EXTEND_DEADLINE'; newDueAt: Date; reason: string; submitterInformedAt: Date }
  | { action: 'RESOLVE'; measuresTaken: string; communicatedAt: Date | null; calendar: WorkingDayCalendar }
  /** `measures`: the ones of `measureIds` that exist and are not cancelled. */
  | {
      action: 'CLOSE';
      measureIds: readonly string[];
      measures: readonly PreventiveMeasure[];
      noMeasureReason: string | null;
    }
  | { action: 'WITHDRAW' }
  | { action: 'REOPEN' }
  | {
      action: 'RECLASSIFY';
      service: Ref<Service> | null;
      complaintType: NewComplaintType | null;
      calendar: WorkingDayCalendar;
    }
  | { action: 'CONSIDER' }
  | { action: 'ADOPT'; response: string }
  | { action: 'DECLINE'; response: string }
  | { action: 'PASS_ON'; passedOnTo: string };

/** A new complaint type for a reclassification, with its current rules and whether the case was already extended. */
export interface NewComplaintType {
  type: Ref<ComplaintType>;
  version: ComplaintTypeVersion;
  caseWasExtended: boolean;
}

/** The step of one action. */
export type StepOf<A extends CaseAction> = Extract<CaseStep, { action: A }>;

type ActionsWithoutStep = Exclude<CaseAction, CaseStep['action']>;
/** Compile-time check: a new action in the domain fails here, naming itself, until it has a step. */
export const EVERY_ACTION_HAS_A_STEP: [ActionsWithoutStep] extends [never] ? true : ActionsWithoutStep = true;

/** Who takes the step and when: the signed-in person now, or a simulated actor at a planned time. */
export interface StepContext {
  actor: Ref<Person> | null;
  at: Date;
  note?: string | null;
}

/** What a step produced besides the changed case: its event, and what the caller must also store. */
export interface StepResult {
  event: CaseEvent;
  extension: DeadlineExtension | null;
  message: { template: OutboxTemplate; facts: Omit<MessageFacts, 'registrationNumber' | 'kind'> } | null;
}

/**
 * The one step function, shared by live changes (`changeCase`) and the demo simulation: moves the
 * case through the domain lifecycle (`FeedbackCase.perform`), changes its fields as the step
 * requires and returns the event. No I/O. An illegal move, or input that does not fit the case,
 * throws; the caller's transaction then discards the half-changed case.
 */
export function takeStep(c: FeedbackCase, step: CaseStep, { actor, at, note = null }: StepContext): StepResult {
  const outcome = step.action === 'DECIDE' ? step.outcome : null;
  const { from, to } = c.perform(step.action, outcome);
  const effect = applyFields(c, step, actor, at);
  const event = new CaseEvent({
    case: ref(c),
    actor,
    type: step.action,
    fromStatus: from,
    toStatus: to,
    note,
    data: { ...(outcome ? { outcome } : {}), ...effect.data },
    occurredAt: at,
  });
  return { event, extension: effect.extension ?? null, message: effect.message ?? null };
}

interface FieldEffect {
  data?: Record<string, unknown>;
  extension?: DeadlineExtension;
  message?: StepResult['message'];
}

function applyFields(c: FeedbackCase, step: CaseStep, actor: Ref<Person> | null, at: Date): FieldEffect {
  switch (step.action) {
    case 'TAKE_TRIAGE':
      // An unassigned case becomes the relationship manager's who takes it.
      if (!c.relationshipManager && actor) {
        c.relationshipManager = actor;
        return { data: { relationshipManagerId: actor.id } };
      }
      return {};
    case 'REASSIGN_RELATIONSHIP_MANAGER': {
      const previous = c.relationshipManager?.id ?? null;
      c.relationshipManager = step.relationshipManager;
      return { data: { from: previous, to: step.relationshipManager.id } };
    }
    case 'DECIDE':
      c.outcomeReason = step.reason;
      // A decision that closes the complaint is the outcome, told to the submitter now.
      if (c.status !== 'CLOSED') return {};
      c.closedAt = at;
      c.outcomeCommunicatedAt = at;
      return { message: { template: 'OUTCOME', facts: { outcome: step.reason } } };
    case 'ASSIGN_HANDLER': {
      const previous = c.handler?.id ?? null;
      c.handler = step.handler;
      return { data: { from: previous, to: step.handler.id } };
    }
    case 'START_WORK':
    case 'CONSIDER':
      return {};
    case 'REQUEST_INFORMATION':
      if (step.pausesClock && !c.clockPausedAt) {
        c.clockPausedAt = at;
        return { data: { clockPaused: true } };
      }
      return { data: { clockPaused: false } };
    case 'RECEIVE_INFORMATION': {
      if (!c.clockPausedAt) return { data: { pausedWorkingDays: 0 } };
      const paused = Math.max(0, step.calendar.workingDaysBetween(amsterdamDate(c.clockPausedAt), amsterdamDate(at)));
      const previousDueAt = c.resolutionDueAt;
      if (paused > 0)
        c.resolutionDueAt = endOfAmsterdamDay(step.calendar.addWorkingDays(amsterdamDate(previousDueAt), paused).date);
      c.clockPausedAt = null;
      return {
        data: {
          pausedWorkingDays: paused,
          previousDueAt: previousDueAt.toISOString(),
          newDueAt: c.resolutionDueAt.toISOString(),
        },
      };
    }
    case 'EXTEND_DEADLINE': {
      if (step.submitterInformedAt.getTime() > at.getTime()) {
        throw new InputError([
          {
            field: 'submitterInformedAt',
            reason: 'IN_FUTURE',
            message: 'The submitter cannot have been told in the future.',
          },
        ]);
      }
      const previousDueAt = c.resolutionDueAt;
      if (step.newDueAt.getTime() <= previousDueAt.getTime()) {
        throw new InputError([
          { field: 'newDueDate', reason: 'NOT_LATER', message: 'The new deadline must be after the current one.' },
        ]);
      }
      const extension = new DeadlineExtension({
        case: ref(c),
        previousDueAt,
        newDueAt: step.newDueAt,
        reason: step.reason,
        submitterInformedAt: step.submitterInformedAt,
        createdBy: actor,
        createdAt: at,
      });
      c.resolutionDueAt = step.newDueAt;
      return {
        extension,
        message: {
          template: 'EXTENSION_NOTICE',
          facts: { previousDueAt, resolutionDueAt: step.newDueAt, reason: step.reason },
        },
        data: {
          previousDueAt: previousDueAt.toISOString(),
          newDueAt: step.newDueAt.toISOString(),
          informedInTime: extension.informedInTime,
        },
      };
    }
    case 'RESOLVE': {
      const communicatedAt = step.communicatedAt ?? at;
      if (communicatedAt.getTime() > at.getTime() || communicatedAt.getTime() < c.receivedAt.getTime()) {
        throw new InputError([
          {
            field: 'communicatedAt',
            reason: 'OUT_OF_RANGE',
            message: 'The outcome must have been told between receipt and now.',
          },
        ]);
      }
      c.measuresTaken = step.measuresTaken;
      c.outcomeCommunicatedAt = communicatedAt;
      c.resolvedAt = at;
      c.resolutionWorkingDays = step.calendar.workingDaysBetween(amsterdamDate(c.receivedAt), amsterdamDate(at));
      return {
        message: { template: 'OUTCOME', facts: { outcome: step.measuresTaken } },
        data: {
          resolutionWorkingDays: c.resolutionWorkingDays,
          withinDeadline: at.getTime() <= c.resolutionDueAt.getTime(),
        },
      };
    }
    case 'CLOSE': {
      const { measureIds, measures, noMeasureReason } = step;
      // Step 5: a complaint is closed after evaluation — measures linked, or why none is needed.
      if (c.kind === 'COMPLAINT') {
        if (measureIds.length > 0 === Boolean(noMeasureReason)) {
          throw new InputError([
            {
              field: 'measureIds',
              reason: 'ONE_OF',
              message: 'Link at least one preventive measure, or say why no measure is needed — not both.',
            },
          ]);
        }
      } else if (measureIds.length > 0 || noMeasureReason) {
        throw new InputError([
          {
            field: 'measureIds',
            reason: 'NOT_APPLICABLE',
            message: 'Only complaints are evaluated for preventive measures.',
          },
        ]);
      }
      if (measures.length !== measureIds.length) {
        throw new InputError([
          { field: 'measureIds', reason: 'UNKNOWN', message: 'One of the measures does not exist or was cancelled.' },
        ]);
      }
      for (const measure of measures) measure.linkedCases.add(c);
      c.noMeasureReason = noMeasureReason;
      c.closedAt = at;
      return {
        data:
          measureIds.length > 0 ? { measureIds: [...measureIds] } : noMeasureReason ? { noMeasureNeeded: true } : {},
      };
    }
    case 'WITHDRAW':
      c.closedAt = at;
      return {};
    case 'REOPEN': {
      const previous = {
        outcome: c.outcome,
        resolvedAt: c.resolvedAt?.toISOString() ?? null,
        closedAt: c.closedAt?.toISOString() ?? null,
      };
      c.reopenCount += 1;
      c.outcome = null;
      c.outcomeReason = null;
      c.resolvedAt = null;
      c.resolutionWorkingDays = null;
      c.closedAt = null;
      c.noMeasureReason = null;
      return { data: { previous, reopenCount: c.reopenCount } };
    }
    case 'RECLASSIFY':
      return { data: reclassify(c, step) };
    case 'ADOPT':
    case 'DECLINE':
      c.outcomeReason = step.response;
      c.outcomeCommunicatedAt = at;
      return { message: { template: 'OUTCOME', facts: { outcome: step.response } } };
    case 'PASS_ON':
      c.outcomeReason = step.passedOnTo;
      return { data: { passedOnTo: step.passedOnTo } };
  }
}

/**
 * The deadline rule of a reclassification: while the complaint is received or in triage and no
 * extension was agreed, the resolution deadline is recomputed from receipt with the new type's
 * current lead time; later the deadline stays, because the submitter has been told it.
 */
function reclassify(c: FeedbackCase, step: StepOf<'RECLASSIFY'>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  if (step.service) {
    data['service'] = { from: c.service?.id ?? null, to: step.service.id };
    c.service = step.service;
  }
  const next = step.complaintType;
  if (next) {
    assertTypeApplies(c);
    data['complaintType'] = { from: c.complaintType?.id ?? null, to: next.type.id };
    c.complaintType = next.type;
    c.complaintTypeVersion = ref(next.version);
    const leadTime = next.version.leadTimeWorkingDays;
    if (PRE_DECISION_STATUSES.includes(c.status) && !next.caseWasExtended && leadTime !== c.leadTimeWorkingDays) {
      const deadline = resolutionDeadline(c.receivedAt, leadTime, step.calendar);
      data['resolutionDueAt'] = { from: c.resolutionDueAt.toISOString(), to: deadline.dueAt.toISOString() };
      c.leadTimeWorkingDays = leadTime;
      c.resolutionDueAt = deadline.dueAt;
      c.originalResolutionDueAt = deadline.dueAt;
    }
  }
  return data;
}

/** Only complaints have a complaint type; refused as BAD_USER_INPUT on `complaintTypeId`. */
export function assertTypeApplies(c: FeedbackCase): void {
  if (c.kind !== 'COMPLAINT') {
    throw new InputError([
      { field: 'complaintTypeId', reason: 'NOT_APPLICABLE', message: 'Only complaints have a complaint type.' },
    ]);
  }
}
