import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { amsterdamDate } from '@klankbord/domain';
import { groupByParent } from '../../shared/group-by-parent.js';
import type { MeasureEffect } from './measure-effect.type.js';
import { measureEffects } from './measure-effect.js';
import { MeasureEvent } from './measure-event.entity.js';
import type { PreventiveMeasure } from './preventive-measure.entity.js';

/**
 * A measure's effect, for every measure asked for in one request with one SQL statement. Keyed by
 * the measure itself (the window needs its implementation date and target), cached by id. `now` is
 * read when the batch runs, as the single-measure path did.
 */
export function createMeasureEffectLoader(
  em: EntityManager,
  now: () => Date,
): DataLoader<PreventiveMeasure, MeasureEffect, string> {
  return new DataLoader((measures) => measureEffects({ em, today: amsterdamDate(now()), measures }), {
    cacheKeyFn: (measure) => measure.id,
  });
}

/** The history of every measure asked for in one request, in one query; each oldest first. */
export function createMeasureHistoryLoader(em: EntityManager): DataLoader<string, MeasureEvent[]> {
  return new DataLoader(async (measureIds) => {
    const events = await em.find(
      MeasureEvent,
      { measure: { $in: [...measureIds] } },
      { orderBy: { occurredAt: 'asc', id: 'asc' } },
    );
    return groupByParent(measureIds, events, (event) => event.measure.id);
  });
}
