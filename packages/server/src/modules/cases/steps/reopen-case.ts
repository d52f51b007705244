import type { RequestContext } from '../../../graphql/context.js';
import { changeCase } from '../change-case.js';
import type { ReopenCaseInput } from './case-step.inputs.js';

/** Reopens a resolved or closed case for a new triage; counted, and the old outcome cleared. */
export function reopenCase({ ctx, input }: { ctx: RequestContext; input: ReopenCaseInput }) {
  return changeCase(ctx, {
    ...input,
    note: input.note ?? input.reason,
    action: 'REOPEN',
    apply: (c) => {
      const previous = { outcome: c.outcome, resolvedAt: c.resolvedAt?.toISOString() ?? null, closedAt: c.closedAt?.toISOString() ?? null };
      c.reopenCount += 1;
      c.outcome = null;
      c.outcomeReason = null;
      c.resolvedAt = null;
      c.resolutionWorkingDays = null;
      c.closedAt = null;
      c.noMeasureReason = null;
      return { previous, reopenCount: c.reopenCount };
    },
  });
}
