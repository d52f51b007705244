import type { RequestContext } from '../../../graphql/context.js';
import { changeCase } from '../change-case.js';
import type { RequestInformationInput } from './case-step.inputs.js';

/**
 * Records a question to the submitter. Clock policy: the resolution deadline keeps running; when
 * the answer takes long, the relationship manager extends the deadline and tells the submitter.
 */
export function requestInformation({ ctx, input }: { ctx: RequestContext; input: RequestInformationInput }) {
  return changeCase(ctx, { ...input, note: input.question, action: 'REQUEST_INFORMATION' });
}
