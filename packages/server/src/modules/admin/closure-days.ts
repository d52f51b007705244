import { toPlainDate } from '@klankbord/domain';
import type { RequestContext } from '../../graphql/context.js';
import { ClosureDay } from '../calendar/closure-day.entity.js';
import type { ClosureDayInput } from './admin.inputs.js';
import { requireAdministrator } from './require-administrator.js';

/**
 * Adds (or renames) a closure day. Deadlines computed from now on skip it; deadlines already set
 * stay as they were told to the submitter.
 */
export async function saveClosureDay({ ctx, input }: { ctx: RequestContext; input: ClosureDayInput }): Promise<ClosureDay> {
  requireAdministrator(ctx);
  const date = toPlainDate(input.date).toString();
  return ctx.em.transactional(async (em) => {
    const day = (await em.findOne(ClosureDay, { date })) ?? new ClosureDay({ date, name: input.name });
    day.name = input.name;
    em.persist(day);
    return day;
  });
}

/** Removes a closure day; true when there was one. */
export async function removeClosureDay({ ctx, date }: { ctx: RequestContext; date: string }): Promise<boolean> {
  requireAdministrator(ctx);
  return (await ctx.em.nativeDelete(ClosureDay, { date: toPlainDate(date).toString() })) > 0;
}
