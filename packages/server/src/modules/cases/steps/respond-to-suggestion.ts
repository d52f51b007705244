import type { RequestContext } from '../../../graphql/context.js';
import { queueMessage } from '../../outbox/queue-message.js';
import { changeCase } from '../change-case.js';
import type { RespondToSuggestionInput } from './case-step.inputs.js';

/** Adopts or declines a suggestion with the response to the submitter, which goes to the outbox. */
export function respondToSuggestion({ ctx, input }: { ctx: RequestContext; input: RespondToSuggestionInput }) {
  return changeCase(ctx, {
    ...input,
    note: input.note ?? input.response,
    action: input.adopt ? 'ADOPT' : 'DECLINE',
    apply: (c, { em, now }) => {
      c.outcomeReason = input.response;
      c.outcomeCommunicatedAt = now;
      queueMessage(em, c, 'OUTCOME', { outcome: input.response }, now);
    },
  });
}
