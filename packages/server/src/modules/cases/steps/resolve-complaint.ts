import { requireInstantWithin } from '../../../shared/validation.js';
import type { RequestContext } from '../../../graphql/context.js';
import { changeCase } from '../change-case.js';
import type { ResolveComplaintInput } from './case-step.inputs.js';

/**
 * The handler settles the complaint (step 4) and records the measures taken, which the relationship
 * manager passes on; the outcome message goes to the outbox. The lead time in working days is
 * stored once, from the domain calendar, for the reports.
 */
export function resolveComplaint({ ctx, input }: { ctx: RequestContext; input: ResolveComplaintInput }) {
  return changeCase(ctx, {
    ...input,
    action: 'RESOLVE',
    prepare: async (c, { calendar }) => ({
      action: 'RESOLVE',
      measuresTaken: input.measuresTaken,
      communicatedAt: input.communicatedAt
        ? requireInstantWithin(input.communicatedAt, 'communicatedAt', {
            notBefore: { at: c.receivedAt, what: 'the receipt of the case' },
            notAfter: { at: ctx.services.now(), what: 'now' },
          })
        : null,
      calendar: await calendar(),
    }),
  });
}
