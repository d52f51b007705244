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
    prepare: async (c, { em }) => {
      const rules = c.complaintTypeVersion ? await em.findOne(ComplaintTypeVersion, c.complaintTypeVersion.id) : null;
      return { action: 'REQUEST_INFORMATION', pausesClock: rules?.pausesClockOnInformationRequest ?? false };
    },
  });
}
