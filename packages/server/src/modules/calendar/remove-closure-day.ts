import { toPlainDate } from '@klankbord/domain';
import type { RequestContext } from '../../graphql/context.js';
import { changedFields, recordAdminEvent } from '../admin-events/record-admin-event.js';
import { invalidateReferences } from '../../shared/cached-reference.js';
import { authorize } from '../auth/authorize.js';
import { canManageClosureDays } from './calendar.policy.js';
import { ClosureDay } from './closure-day.entity.js';

/**
 * Removes a closure day; true when there was one. Like adding one, it changes only deadlines
 * computed afterwards.
 */
export async function removeClosureDay({ ctx, date }: { ctx: RequestContext; date: string }): Promise<boolean> {
  authorize(ctx.viewer, canManageClosureDays, 'manage closure days');
  const day = toPlainDate(date).toString();
  try {
    return await ctx.em.transactional(async (em) => {
      const existing = await em.findOne(ClosureDay, { date: day });
      if (!existing) return false;
      em.remove(existing);
      recordAdminEvent(em, {
        actor: ctx.viewer,
        entityType: 'CLOSURE_DAY',
        entityId: day,
        action: 'REMOVED',
        changes: changedFields({ date: day, name: existing.name }, null),
        occurredAt: ctx.services.now(),
      });
      return true;
    });
  } finally {
    // Deadlines computed next on this instance see the change; the others hear of it through the
    // database's notification.
    invalidateReferences(ctx.em);
  }
}
