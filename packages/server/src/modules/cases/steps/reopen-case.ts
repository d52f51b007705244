import type { RequestContext } from '../../../graphql/context.js';
import { changeCase } from '../change-case.js';
import type { ReopenCaseInput } from './case-step.inputs.js';

/** Reopens a resolved or closed case for a new triage; counted, and the old outcome cleared. */
export function reopenCase({ ctx, input }: { ctx: RequestContext; input: ReopenCaseInput }) {
  return changeCase(ctx, {
    ...input,
    note: input.note ?? input.reason,
    action: 'REOPEN',
    prepare: () => ({ action: 'REOPEN' }),
  });
}
