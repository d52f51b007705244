import { amsterdamDate } from '@klankbord/domain';
import type { RequestContext } from '../../../graphql/context.js';
import { InputError } from '../../../shared/errors.js';
import { queueMessage } from '../../outbox/queue-message.js';
import { changeCase } from '../change-case.js';
import type { ResolveComplaintInput } from './case-step.inputs.js';

/**
 * The handler settles the complaint (step 4) and records the measures taken, which the relationship
 * manager passes on; the outcome message goes to the outbox. The lead time in working days is
 * stored once, from the domain calendar, for the reports.
 */
export function resolveComplaint({ ctx, input }: { ctx: RequestContext; input: ResolveComplaintInput }) {
  return changeCase(ctx, {
    ...input,
    action: 'RESOLVE',
    apply: async (c, { em, now, calendar }) => {
      const communicatedAt = input.communicatedAt ?? now;
      if (communicatedAt.getTime() > now.getTime() || communicatedAt.getTime() < c.receivedAt.getTime()) {
        throw new InputError([{ field: 'communicatedAt', reason: 'OUT_OF_RANGE', message: 'The outcome must have been told between receipt and now.' }]);
      }
      c.measuresTaken = input.measuresTaken;
      c.outcomeCommunicatedAt = communicatedAt;
      c.resolvedAt = now;
      c.resolutionWorkingDays = (await calendar()).workingDaysBetween(amsterdamDate(c.receivedAt), amsterdamDate(now));
      queueMessage(em, c, 'OUTCOME', { outcome: input.measuresTaken }, now);
      return { resolutionWorkingDays: c.resolutionWorkingDays, withinDeadline: now.getTime() <= c.resolutionDueAt.getTime() };
    },
  });
}
