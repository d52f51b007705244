import { addDays, amsterdamDate, MAX_DAYS_AHEAD, requireDate } from '@klankbord/domain';
import type { RequestContext } from '../../graphql/context.js';
import { queueMeasureMessage } from '../outbox/queue-measure-message.js';
import { changeMeasure, loadComplaints } from './change-measure.js';
import type {
  EvaluateMeasureInput,
  ImplementMeasureInput,
  LinkCasesToMeasureInput,
  MeasureStepInput,
  UpdateMeasureInput,
} from './measure.inputs.js';

/** Changes what a measure says; its status stays. */
export function updateMeasure({ ctx, input }: { ctx: RequestContext; input: UpdateMeasureInput }) {
  return changeMeasure(ctx, {
    ...input,
    type: 'UPDATE',
    apply: (m) => {
      const changed = Object.entries({
        title: input.title,
        description: input.description,
        expectedEffect: input.expectedEffect,
      }).filter(([, v]) => v != null);
      Object.assign(m, Object.fromEntries(changed));
      return { fields: changed.map(([k]) => k) };
    },
  });
}

/**
 * The measure took effect on a date (and was communicated to the relationship managers, who then
 * get it as a message).
 */
export function implementMeasure({ ctx, input }: { ctx: RequestContext; input: ImplementMeasureInput }) {
  return changeMeasure(ctx, {
    ...input,
    type: 'IMPLEMENT',
    apply: async (m, { em, now }) => {
      // A measure may be announced ahead (it takes effect on a set day), but not years ahead.
      const today = amsterdamDate(now);
      const ahead = { date: addDays(today, MAX_DAYS_AHEAD), what: `${MAX_DAYS_AHEAD} days from today` };
      m.implementedOn = requireDate(input.implementedOn, 'implementedOn', { notAfter: ahead });
      m.communicatedOn = input.communicatedOn
        ? requireDate(input.communicatedOn, 'communicatedOn', { notAfter: { date: today, what: 'today' } })
        : null;
      // Step 5: communicated to the relationship managers — as a message they receive.
      if (m.communicatedOn) await queueMeasureMessage(em, m, now);
      return { implementedOn: m.implementedOn };
    },
  });
}

/** Records the evaluation of an implemented measure. */
export function evaluateMeasure({ ctx, input }: { ctx: RequestContext; input: EvaluateMeasureInput }) {
  return changeMeasure(ctx, {
    ...input,
    type: 'EVALUATE',
    apply: (m, { now }) => {
      m.evaluationNote = input.evaluationNote;
      m.evaluatedOn = amsterdamDate(now);
    },
  });
}

/** Cancels a measure that is proposed or implemented. */
export function cancelMeasure({ ctx, input }: { ctx: RequestContext; input: MeasureStepInput }) {
  return changeMeasure(ctx, { ...input, type: 'CANCEL' });
}

/** Links complaints to a measure. */
export function linkCasesToMeasure({ ctx, input }: { ctx: RequestContext; input: LinkCasesToMeasureInput }) {
  return changeMeasure(ctx, {
    ...input,
    type: 'LINK_CASES',
    apply: async (m, { em, viewer }) => {
      for (const c of await loadComplaints(em, viewer, input.caseIds)) m.linkedCases.add(c);
      return { caseIds: input.caseIds };
    },
  });
}
