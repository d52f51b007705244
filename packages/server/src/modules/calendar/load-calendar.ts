import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkingDayCalendar } from '@klankbord/domain';
import { loadSettings } from '../settings/load-settings.js';
import { ClosureDay } from './closure-day.entity.js';

/**
 * The working-day calendar as the administrator keeps it: Dutch public holidays, Liberation Day
 * per the organisation setting, and the closure days entered as data.
 */
export async function loadCalendar(em: EntityManager): Promise<WorkingDayCalendar> {
  const [settings, closureDays] = await Promise.all([
    loadSettings(em),
    em.find(ClosureDay, {}, { orderBy: { date: 'asc' } }),
  ]);
  return new WorkingDayCalendar({
    liberationDayIsHoliday: settings.liberationDayIsHoliday,
    closureDays: closureDays.map((day) => ({ date: day.date, name: day.name })),
  });
}
