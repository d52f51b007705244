import type { RequestContext } from '../../../graphql/context.js';
import { changeCase } from '../change-case.js';
import type { CaseStepInput } from './case-step.inputs.js';

/** A relationship manager takes a suggestion into consideration. */
export function considerSuggestion({ ctx, input }: { ctx: RequestContext; input: CaseStepInput }) {
  return changeCase(ctx, { ...input, action: 'CONSIDER', prepare: () => ({ action: 'CONSIDER' }) });
}
