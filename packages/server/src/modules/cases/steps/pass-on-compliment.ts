import type { RequestContext } from '../../../graphql/context.js';
import { changeCase } from '../change-case.js';
import type { PassOnComplimentInput } from './case-step.inputs.js';

/** Passes a compliment on to the team or person praised ("we like to hear it too"). */
export function passOnCompliment({ ctx, input }: { ctx: RequestContext; input: PassOnComplimentInput }) {
  return changeCase(ctx, {
    ...input,
    action: 'PASS_ON',
    prepare: () => ({ action: 'PASS_ON', passedOnTo: input.passedOnTo }),
  });
}
