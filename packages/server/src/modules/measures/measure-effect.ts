import { addDays, amsterdamDate, rateRatio, startOfAmsterdamDay, toPlainDate } from '@klankbord/domain';
import type { RequestContext } from '../../graphql/context.js';
import type { MeasureEffect } from './measure-effect.type.js';
import type { PreventiveMeasure } from './preventive-measure.entity.js';

/** The longest window compared on each side of the implementation date. */
export const MAX_EFFECT_WINDOW_DAYS = 180;
/** Below this many days after implementation there is not enough data to say anything. */
export const MIN_EFFECT_WINDOW_DAYS = 28;

/**
 * Compares the target type's complaints in equal windows before and after implementation
 * (window = days since implementation, at most 180), as a rate ratio with a 95% interval.
 */
export async function measureEffect({ ctx, measure }: { ctx: RequestContext; measure: PreventiveMeasure }): Promise<MeasureEffect> {
  const empty = { windowDays: 0, beforeFrom: null, afterTo: null, countBefore: 0, countAfter: 0, rateRatio: null, lower95: null, upper95: null };
  if (!measure.implementedOn) {
    return { ...empty, enoughData: false, reason: 'The measure has not been implemented yet.', interpretation: 'No effect can be measured before implementation.' };
  }
  const today = amsterdamDate(ctx.services.now());
  const implemented = measure.implementedOn;
  const elapsed = toPlainDate(implemented).until(toPlainDate(today), { largestUnit: 'days' }).days;
  const windowDays = Math.max(0, Math.min(elapsed, MAX_EFFECT_WINDOW_DAYS));
  const beforeFrom = addDays(implemented, -windowDays);
  const afterEnd = addDays(implemented, windowDays);
  const rows = await ctx.em.getConnection().execute<Array<{ before: number; after: number }>>(
    `select count(*) filter (where c.received_at < ?)::int as before, count(*) filter (where c.received_at >= ?)::int as after
       from feedback_case c
      where c.kind = 'COMPLAINT' and c.complaint_type_id = ? and (?::uuid is null or c.service_id = ?::uuid)
        and c.received_at >= ? and c.received_at < ?`,
    [
      startOfAmsterdamDay(implemented),
      startOfAmsterdamDay(implemented),
      measure.targetComplaintType.id,
      measure.targetService?.id ?? null,
      measure.targetService?.id ?? null,
      startOfAmsterdamDay(beforeFrom),
      startOfAmsterdamDay(afterEnd),
    ],
    'all',
  );
  const countBefore = rows[0]?.before ?? 0;
  const countAfter = rows[0]?.after ?? 0;
  const base = { windowDays, beforeFrom, afterTo: addDays(afterEnd, -1), countBefore, countAfter };
  if (windowDays < MIN_EFFECT_WINDOW_DAYS) {
    return {
      ...base,
      rateRatio: null,
      lower95: null,
      upper95: null,
      enoughData: false,
      reason: `Not enough data yet: ${windowDays} of at least ${MIN_EFFECT_WINDOW_DAYS} days since implementation.`,
      interpretation: 'Too early to compare the complaint rate before and after.',
    };
  }
  const ratio = rateRatio({ countBefore, exposureBefore: windowDays, countAfter, exposureAfter: windowDays });
  const fmt = (x: number) => x.toFixed(2);
  const clear = ratio.upper95 < 1 ? 'lower' : ratio.lower95 > 1 ? 'higher' : null;
  return {
    ...base,
    rateRatio: ratio.ratio,
    lower95: ratio.lower95,
    upper95: ratio.upper95,
    enoughData: true,
    reason: null,
    interpretation:
      `In the ${windowDays} days after implementation the rate of these complaints was ${fmt(ratio.ratio)}× the rate in the ${windowDays} days before ` +
      `(95% interval ${fmt(ratio.lower95)}–${fmt(ratio.upper95)}). ` +
      (clear ? `The rate is clearly ${clear} after; ` : 'The difference may be chance; ') +
      'this shows what changed after the measure, not that the measure caused it.',
  };
}
