import { amsterdamDate, endOfAmsterdamDay, toPlainDate } from '@klankbord/domain';
import type { RequestContext } from '../../../graphql/context.js';
import { InputError } from '../../../shared/errors.js';
import { queueMessage } from '../../outbox/queue-message.js';
import { Person } from '../../people/person.entity.js';
import { changeCase } from '../change-case.js';
import { DeadlineExtension } from '../deadline-extension.entity.js';
import { FeedbackCase } from '../feedback-case.entity.js';
import type { ExtendDeadlineInput } from './case-step.inputs.js';

/**
 * Agrees a later resolution deadline (step 3): the new date is given, or counted in working days
 * after the current deadline. The extension records when the submitter was told; it counts as
 * "informed in time" only if that was before the previous deadline passed. The notice goes to the
 * outbox in the same transaction.
 */
export function extendDeadline({ ctx, input }: { ctx: RequestContext; input: ExtendDeadlineInput }) {
  if ((input.newDueDate == null) === (input.extraWorkingDays == null)) {
    throw new InputError([{ field: 'newDueDate', reason: 'ONE_OF', message: 'Give either a new due date or a number of extra working days.' }]);
  }
  return changeCase(ctx, {
    ...input,
    note: input.note ?? input.reason,
    action: 'EXTEND_DEADLINE',
    apply: async (c, { em, now, calendar }) => {
      if (input.submitterInformedAt.getTime() > now.getTime()) {
        throw new InputError([{ field: 'submitterInformedAt', reason: 'IN_FUTURE', message: 'The submitter cannot have been told in the future.' }]);
      }
      const previousDueAt = c.resolutionDueAt;
      const newDueDate = input.newDueDate
        ? toPlainDate(input.newDueDate).toString()
        : (await calendar()).addWorkingDays(amsterdamDate(previousDueAt), input.extraWorkingDays!).date;
      const newDueAt = endOfAmsterdamDay(newDueDate);
      if (newDueAt.getTime() <= previousDueAt.getTime()) {
        throw new InputError([{ field: 'newDueDate', reason: 'NOT_LATER', message: 'The new deadline must be after the current one.' }]);
      }
      const extension = new DeadlineExtension({
        case: em.getReference(FeedbackCase, c.id, { wrapped: true }),
        previousDueAt,
        newDueAt,
        reason: input.reason,
        submitterInformedAt: input.submitterInformedAt,
        createdBy: ctx.viewer.personId ? em.getReference(Person, ctx.viewer.personId, { wrapped: true }) : null,
        createdAt: now,
      });
      em.persist(extension);
      c.resolutionDueAt = newDueAt;
      queueMessage(em, c, 'EXTENSION_NOTICE', { previousDueAt, resolutionDueAt: newDueAt, reason: input.reason }, now);
      return { previousDueAt: previousDueAt.toISOString(), newDueAt: newDueAt.toISOString(), informedInTime: extension.informedInTime };
    },
  });
}
