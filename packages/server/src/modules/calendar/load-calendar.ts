import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkingDayCalendar } from '@klankbord/domain';
import { cachedReference } from '../../shared/cached-reference.js';
import { loadSettings } from '../settings/load-settings.js';
import { ClosureDay } from './closure-day.entity.js';

/**
 * The working-day calendar as the administrator keeps it: Dutch public holidays, Liberation Day
 * per the organisation setting, and the closure days entered as data. Kept in the in-process
 * reference cache, emptied on every instance when the settings or the closure days change.
 */
export function loadCalendar(em: EntityManager): Promise<WorkingDayCalendar> {
  return cachedReference(em, 'calendar', async () => {
    const settings = await loadSettings(em);
    const closureDays = await em.find(ClosureDay, {}, { orderBy: { date: 'asc' }, disableIdentityMap: true });
    return new WorkingDayCalendar({
      liberationDayIsHoliday: settings.liberationDayIsHoliday,
      closureDays: closureDays.map((day) => ({ date: day.date, name: day.name })),
    });
  });
}
