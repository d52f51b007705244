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
    prepare: async (_c, { calendar }) => ({ action: 'RECEIVE_INFORMATION', calendar: await calendar() }),
  });
}
