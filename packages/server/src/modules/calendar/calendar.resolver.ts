import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { requireYear } from '../../shared/validation.js';
import { ClosureDay } from './closure-day.entity.js';
import { ClosureDayInput } from './closure-day.input.js';
import { DayOff } from './day-off.type.js';
import { removeClosureDay } from './remove-closure-day.js';
import { CLOSURE_DAY_YEARS_AHEAD, saveClosureDay } from './save-closure-day.js';

/** The working-day calendar: days off read by anyone, closure days kept by administrators. */
@Resolver()
export class CalendarResolver {
  @Query(() => [DayOff], {
    description: 'Public holidays (per the Liberation Day setting) and closure days of a year.',
  })
  async daysOff(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<DayOff[]> {
    // The calendar is planned some years ahead; other years are a mistake in the request.
    requireYear(year, ctx.services.now(), CLOSURE_DAY_YEARS_AHEAD);
    const calendar = await ctx.loaders.calendar();
    return [
      ...calendar
        .holidays(year)
        .map((h) => ({ date: h.date, name: h.nameEn, nameNl: h.nameNl, kind: 'HOLIDAY' as const })),
      ...calendar
        .closureDays(year)
        .map((c) => ({ date: c.date, name: c.name, nameNl: c.name, kind: 'CLOSURE' as const })),
    ].sort((a, b) => a.date.localeCompare(b.date));
  }

  @Authorized('ADMINISTRATOR')
  @Mutation(() => ClosureDay, { description: 'Adds or renames a closure day (administrators).' })
  saveClosureDay(
    @Arg('input', () => ClosureDayInput) input: ClosureDayInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ClosureDay> {
    return saveClosureDay({ ctx, input });
  }

  @Authorized('ADMINISTRATOR')
  @Mutation(() => Boolean, { description: 'Removes a closure day; true when there was one (administrators).' })
  removeClosureDay(@Arg('date', () => String) date: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return removeClosureDay({ ctx, date });
  }
}
