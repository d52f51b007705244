import type { RequestContext } from '../../../graphql/context.js';
import { ComplaintTypeVersion } from '../../catalog/complaint-type.entity.js';
import { changeCase } from '../change-case.js';
import type { RequestInformationInput } from './case-step.inputs.js';

/**
 * Records a question to the submitter. Clock policy: the resolution deadline keeps running, unless
 * the complaint type's rules (version valid at intake) say the clock pauses; then the pause starts
 * now and `receiveInformation` moves the deadline by the working days waited.
 */
export function requestInformation({ ctx, input }: { ctx: RequestContext; input: RequestInformationInput }) {
  return changeCase(ctx, {
    ...input,
    note: input.question,
    action: 'REQUEST_INFORMATION',
    apply: async (c, { em, now }) => {
      const rules = c.complaintTypeVersion ? await em.findOne(ComplaintTypeVersion, c.complaintTypeVersion.id) : null;
      if (rules?.pausesClockOnInformationRequest && !c.clockPausedAt) {
        c.clockPausedAt = now;
        return { clockPaused: true };
      }
      return { clockPaused: false };
    },
  });
}
