import { amsterdamDate, endOfAmsterdamDay } from '@klankbord/domain';
import type { RequestContext } from '../../../graphql/context.js';
import { changeCase } from '../change-case.js';
import type { CaseStepInput } from './case-step.inputs.js';

/**
 * The submitter answered. If the clock was paused for the question, the resolution deadline moves
 * on by the working days the case waited (counted by the domain calendar) and the pause ends.
 */
export function receiveInformation({ ctx, input }: { ctx: RequestContext; input: CaseStepInput }) {
  return changeCase(ctx, {
    ...input,
    action: 'RECEIVE_INFORMATION',
    apply: async (c, { now, calendar }) => {
      if (!c.clockPausedAt) return { pausedWorkingDays: 0 };
      const days = await calendar();
      const paused = Math.max(0, days.workingDaysBetween(amsterdamDate(c.clockPausedAt), amsterdamDate(now)));
      const previousDueAt = c.resolutionDueAt;
      if (paused > 0) c.resolutionDueAt = endOfAmsterdamDay(days.addWorkingDays(amsterdamDate(previousDueAt), paused).date);
      c.clockPausedAt = null;
      return { pausedWorkingDays: paused, previousDueAt: previousDueAt.toISOString(), newDueAt: c.resolutionDueAt.toISOString() };
    },
  });
}
