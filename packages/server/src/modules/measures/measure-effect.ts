import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, rateRatio, startOfAmsterdamDay, toPlainDate, type IsoDate } from '@klankbord/domain';
import { readSql } from '../../db/replicas.js';
import type { MeasureEffect } from './measure-effect.type.js';
import type { PreventiveMeasure } from './preventive-measure.entity.js';

/** The longest window compared on each side of the implementation date. */
export const MAX_EFFECT_WINDOW_DAYS = 180;
/** Below this many days after implementation there is not enough data to say anything. */
export const MIN_EFFECT_WINDOW_DAYS = 28;

/** The equal windows compared around one measure's implementation date; null before implementation. */
interface EffectWindow {
  windowDays: number;
  beforeFrom: IsoDate;
  implementedOn: IsoDate;
  /** The day after the after-window (exclusive end). */
  afterEnd: IsoDate;
}

/** Before and after counts of one measure's target complaints. */
interface EffectCounts {
  countBefore: number;
  countAfter: number;
}

/**
 * Compares each measure's target type's complaints in equal windows before and after
 * implementation (window = days since implementation up to `today`, at most 180), as a rate ratio
 * with a 95% interval. One SQL statement counts for every implemented measure, so a register of
 * measures costs one query (the per-request loader in measure.loaders.ts batches into this).
 * Results are in the order of `measures`.
 */
export async function measureEffects({
  em,
  today,
  measures,
}: {
  em: EntityManager;
  today: IsoDate;
  measures: readonly PreventiveMeasure[];
}): Promise<MeasureEffect[]> {
  const windows = measures.map((measure) => effectWindow(measure, today));
  const counts = await countTargetComplaints(em, measures, windows);
  return windows.map((window, index) => describeEffect(window, counts[index] ?? { countBefore: 0, countAfter: 0 }));
}

function effectWindow(measure: PreventiveMeasure, today: IsoDate): EffectWindow | null {
  const implementedOn = measure.implementedOn;
  if (!implementedOn) return null;
  const elapsed = toPlainDate(implementedOn).until(toPlainDate(today), { largestUnit: 'days' }).days;
  const windowDays = Math.max(0, Math.min(elapsed, MAX_EFFECT_WINDOW_DAYS));
  return {
    windowDays,
    beforeFrom: addDays(implementedOn, -windowDays),
    implementedOn,
    afterEnd: addDays(implementedOn, windowDays),
  };
}

/**
 * One row of windows per implemented measure, joined to the complaints of its target type (and
 * service) received in either window; `i` maps each count back to its measure.
 */
async function countTargetComplaints(
  em: EntityManager,
  measures: readonly PreventiveMeasure[],
  windows: ReadonlyArray<EffectWindow | null>,
): Promise<Array<EffectCounts | null>> {
  const rows = measures.flatMap((measure, i) => {
    const window = windows[i];
    if (!window) return [];
    const service = measure.targetService?.id ?? null;
    const days = [window.beforeFrom, window.implementedOn, window.afterEnd].map((day) => startOfAmsterdamDay(day));
    return [[i, measure.targetComplaintType.id, service, ...days]];
  });
  const counts: Array<EffectCounts | null> = measures.map(() => null);
  if (rows.length === 0) return counts;
  const result = await readSql<{ i: number; before: number; after: number }>(
    em,
    `select w.i, count(c.id) filter (where c.received_at < w.implemented)::int as before,
            count(c.id) filter (where c.received_at >= w.implemented)::int as after
       from (values ${rows.map(() => '(?::int, ?::uuid, ?::uuid, ?::timestamptz, ?::timestamptz, ?::timestamptz)').join(', ')})
            w(i, complaint_type_id, service_id, window_from, implemented, window_to)
       left join feedback_case c
         on c.kind = 'COMPLAINT' and c.complaint_type_id = w.complaint_type_id and (w.service_id is null or c.service_id = w.service_id)
        and c.received_at >= w.window_from and c.received_at < w.window_to
      group by w.i`,
    rows.flat(),
  );
  for (const row of result) counts[row.i] = { countBefore: row.before, countAfter: row.after };
  return counts;
}

function describeEffect(window: EffectWindow | null, { countBefore, countAfter }: EffectCounts): MeasureEffect {
  if (!window) {
    return {
      windowDays: 0,
      beforeFrom: null,
      afterTo: null,
      countBefore: 0,
      countAfter: 0,
      rateRatio: null,
      lower95: null,
      upper95: null,
      enoughData: false,
      reason: 'The measure has not been implemented yet.',
      interpretation: 'No effect can be measured before implementation.',
    };
  }
  const { windowDays } = window;
  const base = {
    windowDays,
    beforeFrom: window.beforeFrom,
    afterTo: addDays(window.afterEnd, -1),
    countBefore,
    countAfter,
  };
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
