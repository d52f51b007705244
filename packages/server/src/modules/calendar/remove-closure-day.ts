import { toPlainDate } from '@klankbord/domain';
import type { RequestContext } from '../../graphql/context.js';
import { authorize } from '../auth/authorize.js';
import { canManageClosureDays } from './calendar.policy.js';
import { ClosureDay } from './closure-day.entity.js';

/**
 * Removes a closure day; true when there was one. Like adding one, it changes only deadlines
 * computed afterwards.
 */
export async function removeClosureDay({ ctx, date }: { ctx: RequestContext; date: string }): Promise<boolean> {
  authorize(ctx.viewer, canManageClosureDays, 'manage closure days');
  return (await ctx.em.nativeDelete(ClosureDay, { date: toPlainDate(date).toString() })) > 0;
}
