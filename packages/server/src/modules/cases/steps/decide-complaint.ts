import type { RequestContext } from '../../../graphql/context.js';
import { changeCase } from '../change-case.js';
import type { DecideComplaintInput } from './case-step.inputs.js';

/**
 * The relationship manager's judgement (step 2): justified or partly justified goes on to a
 * handler; unjustified, withdrawn or not handled closes the complaint with the reason told.
 */
export function decideComplaint({ ctx, input }: { ctx: RequestContext; input: DecideComplaintInput }) {
  return changeCase(ctx, {
    ...input,
    note: input.note ?? input.reason,
    action: 'DECIDE',
    prepare: () => ({ action: 'DECIDE', outcome: input.outcome, reason: input.reason }),
  });
}
