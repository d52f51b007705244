import { addDays, amsterdamDate, endOfAmsterdamDay, MAX_DAYS_AHEAD, requireDate } from '@klankbord/domain';
import type { RequestContext } from '../../../graphql/context.js';
import { InputError } from '../../../shared/errors.js';
import { requireInstantWithin } from '../../../shared/validation.js';
import { changeCase } from '../change-case.js';
import type { ExtendDeadlineInput } from './case-step.inputs.js';

/**
 * Agrees a later resolution deadline (step 3): the new date is given, or counted in working days
 * after the current deadline. The extension records when the submitter was told; it counts as
 * "informed in time" only if that was before the previous deadline passed. The notice goes to the
 * outbox in the same transaction.
 */
export function extendDeadline({ ctx, input }: { ctx: RequestContext; input: ExtendDeadlineInput }) {
  if ((input.newDueDate == null) === (input.extraWorkingDays == null)) {
    throw new InputError([
      {
        field: 'newDueDate',
        reason: 'ONE_OF',
        message: 'Give either a new due date or a number of extra working days.',
      },
    ]);
  }
  return changeCase(ctx, {
    ...input,
    note: input.note ?? input.reason,
    action: 'EXTEND_DEADLINE',
    prepare: async (c, { calendar }) => {
      const now = ctx.services.now();
      const today = amsterdamDate(now);
      const newDueDate = input.newDueDate
        ? requireDate(input.newDueDate, 'newDueDate', {
            notBefore: { date: today, what: 'today' },
            notAfter: { date: addDays(today, MAX_DAYS_AHEAD), what: `${MAX_DAYS_AHEAD} days from today` },
          })
        : (await calendar()).addWorkingDays(amsterdamDate(c.resolutionDueAt), input.extraWorkingDays!).date;
      // "Informed in time" is judged on this instant, so it must be one that can have happened.
      const submitterInformedAt = requireInstantWithin(input.submitterInformedAt, 'submitterInformedAt', {
        notBefore: { at: c.receivedAt, what: 'the receipt of the case' },
        notAfter: { at: now, what: 'now' },
      });
      return {
        action: 'EXTEND_DEADLINE',
        newDueAt: endOfAmsterdamDay(newDueDate),
        reason: input.reason,
        submitterInformedAt,
      };
    },
  });
}
