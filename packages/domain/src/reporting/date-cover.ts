import { addDays, type IsoDate } from '../calendar/plain-date.js';
import { DomainError } from '../errors.js';

/** How finely a stretch of days is counted: per calendar day, or per whole calendar month. */
export type RollupGrain = 'day' | 'month';

/** A stretch `[from, until)` of one grain: for `month`, both ends are first days of a month. */
export interface CoverSegment {
  grain: RollupGrain;
  from: IsoDate;
  /** Exclusive. */
  until: IsoDate;
}

const firstOfMonth = (date: IsoDate): IsoDate => `${date.slice(0, 8)}01`;
const firstOfNextMonth = (date: IsoDate): IsoDate => {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
};

/**
 * Covers the days `[from, until)` with as few rollup rows as possible: the whole calendar months
 * inside from the month grain, the days at either edge from the day grain. Reports read counts
 * this way so a year costs twelve month rows per cell instead of 365 day rows, whatever the
 * period's first and last day. `months: false` (for week buckets, which cut across months) covers
 * everything with days.
 * @throws DomainError INVALID_INPUT when `until` is before `from`.
 */
export function coverWithMonths(from: IsoDate, until: IsoDate, { months = true }: { months?: boolean } = {}): CoverSegment[] {
  if (until < from) throw new DomainError('INVALID_INPUT', 'A date range must not end before it starts.', { field: 'until' });
  if (until === from) return [];
  const monthsFrom = from === firstOfMonth(from) ? from : firstOfNextMonth(from);
  const monthsUntil = firstOfMonth(until);
  if (!months || monthsFrom >= monthsUntil) return [{ grain: 'day', from, until }];
  const segments: CoverSegment[] = [];
  if (from < monthsFrom) segments.push({ grain: 'day', from, until: monthsFrom });
  segments.push({ grain: 'month', from: monthsFrom, until: monthsUntil });
  if (monthsUntil < until) segments.push({ grain: 'day', from: monthsUntil, until });
  return segments;
}

/** The day after `to`: turns an inclusive last day into the exclusive end `coverWithMonths` takes. */
export const dayAfter = (to: IsoDate): IsoDate => addDays(to, 1);
