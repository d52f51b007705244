import type { RequestContext } from '../../../graphql/context.js';
import { changeCase } from '../change-case.js';
import type { CaseStepInput } from './case-step.inputs.js';

/** The assigned handler starts on the complaint. */
export function startWork({ ctx, input }: { ctx: RequestContext; input: CaseStepInput }) {
  return changeCase(ctx, { ...input, action: 'START_WORK', prepare: () => ({ action: 'START_WORK' }) });
}
