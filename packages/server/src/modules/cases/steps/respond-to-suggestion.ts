import type { RequestContext } from '../../../graphql/context.js';
import { changeCase } from '../change-case.js';
import type { RespondToSuggestionInput } from './case-step.inputs.js';

/** Adopts or declines a suggestion with the response to the submitter, which goes to the outbox. */
export function respondToSuggestion({ ctx, input }: { ctx: RequestContext; input: RespondToSuggestionInput }) {
  const action = input.adopt ? 'ADOPT' : 'DECLINE';
  return changeCase(ctx, {
    ...input,
    note: input.note ?? input.response,
    action,
    prepare: () => ({ action, response: input.response }),
  });
}
