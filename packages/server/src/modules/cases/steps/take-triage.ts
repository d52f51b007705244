import type { RequestContext } from '../../../graphql/context.js';
import { changeCase } from '../change-case.js';
import type { CaseStepInput } from './case-step.inputs.js';

/** A relationship manager takes a received complaint into triage; an unassigned case becomes theirs. */
export function takeTriage({ ctx, input }: { ctx: RequestContext; input: CaseStepInput }) {
  return changeCase(ctx, {
    ...input,
    action: 'TAKE_TRIAGE',
    prepare: () => ({ action: 'TAKE_TRIAGE' }),
  });
}
