import type { RequestContext } from '../../../graphql/context.js';
import { changeCase } from '../change-case.js';
import type { CaseStepInput } from './case-step.inputs.js';

/** The submitter withdraws (or the relationship manager records that they did). */
export function withdrawCase({ ctx, input }: { ctx: RequestContext; input: CaseStepInput }) {
  return changeCase(ctx, {
    ...input,
    action: 'WITHDRAW',
    prepare: () => ({ action: 'WITHDRAW' }),
  });
}
