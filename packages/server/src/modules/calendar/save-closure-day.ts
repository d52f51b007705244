import { addDays, amsterdamDate, MAX_DAYS_AHEAD, requireDate } from '@klankbord/domain';
import type { RequestContext } from '../../graphql/context.js';
import { changedFields, recordAdminEvent } from '../admin-events/record-admin-event.js';
import { invalidateReferences } from '../../shared/cached-reference.js';
import { authorize } from '../auth/authorize.js';
import { canManageClosureDays } from './calendar.policy.js';
import { ClosureDay } from './closure-day.entity.js';
import type { ClosureDayInput } from './closure-day.input.js';

/** How many years ahead closure days (and the days-off calendar) may be planned. */
export const CLOSURE_DAY_YEARS_AHEAD = 10;

/**
 * Adds (or renames) a closure day. Deadlines computed from now on skip it; deadlines already set
 * stay as they were told to the submitter.
 */
export async function saveClosureDay({
  ctx,
  input,
}: {
  ctx: RequestContext;
  input: ClosureDayInput;
}): Promise<ClosureDay> {
  authorize(ctx.viewer, canManageClosureDays, 'manage closure days');
  // Closure days are planned some years ahead, not decades: a day in 9999 is a typing mistake.
  const horizon = addDays(amsterdamDate(ctx.services.now()), CLOSURE_DAY_YEARS_AHEAD * MAX_DAYS_AHEAD);
  const date = requireDate(input.date, 'date', {
    notAfter: { date: horizon, what: `${CLOSURE_DAY_YEARS_AHEAD} years from today` },
  });
  try {
    return await ctx.em.transactional(async (em) => {
      const existing = await em.findOne(ClosureDay, { date });
      const before = existing ? { date, name: existing.name } : null;
      const day = existing ?? new ClosureDay({ date, name: input.name });
      day.name = input.name;
      em.persist(day);
      recordAdminEvent(em, {
        actor: ctx.viewer,
        entityType: 'CLOSURE_DAY',
        entityId: date,
        action: before ? 'CHANGED' : 'CREATED',
        changes: changedFields(before, { date, name: day.name }),
        occurredAt: ctx.services.now(),
      });
      return day;
    });
  } finally {
    // Deadlines computed next on this instance see the change; the others hear of it through the
    // database's notification.
    invalidateReferences(ctx.em);
  }
}
