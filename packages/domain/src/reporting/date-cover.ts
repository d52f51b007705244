import { addDays, isoWeekday, type IsoDate } from '../calendar/plain-date.js';
import { DomainError } from '../errors.js';

/** How finely a stretch of days is counted: per calendar day, per ISO week (from Monday), or per calendar month. */
export type RollupGrain = 'day' | 'week' | 'month';

/** A stretch `[from, until)` of one grain: for `week` both ends are Mondays, for `month` first days of a month. */
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
  return month === 12
    ? `${String(year + 1).padStart(4, '0')}-01-01`
    : `${date.slice(0, 4)}-${String(month + 1).padStart(2, '0')}-01`;
};

/** Whole ISO weeks inside `[from, until)`, and the days before and after them. */
function weeksAndDays(from: IsoDate, until: IsoDate): CoverSegment[] {
  if (until <= from) return [];
  const weeksFrom = isoWeekday(from) === 1 ? from : addDays(from, 8 - isoWeekday(from));
  const weeksUntil = addDays(until, 1 - isoWeekday(until));
  if (weeksFrom >= weeksUntil) return [{ grain: 'day', from, until }];
  const segments: CoverSegment[] = [];
  if (from < weeksFrom) segments.push({ grain: 'day', from, until: weeksFrom });
  segments.push({ grain: 'week', from: weeksFrom, until: weeksUntil });
  if (weeksUntil < until) segments.push({ grain: 'day', from: weeksUntil, until });
  return segments;
}

/**
 * Covers the days `[from, until)` with as few rollup rows as possible: the whole calendar months
 * inside from the month grain; in what is left of a month, the whole ISO weeks from the week grain;
 * the remaining days from the day grain. So a year costs about twelve month rows per cell, whatever
 * its first and last day. With `months` (the default) no week crosses a month boundary, so month,
 * quarter and year buckets can sum the rows by their start; `months: false` (for week buckets,
 * which cut across months) uses weeks and days only.
 * @throws DomainError INVALID_INPUT when `until` is before `from`.
 */
export function coverPeriod(
  from: IsoDate,
  until: IsoDate,
  { months = true }: { months?: boolean } = {},
): CoverSegment[] {
  if (until < from)
    throw new DomainError('INVALID_INPUT', 'A date range must not end before it starts.', { field: 'until' });
  if (!months) return weeksAndDays(from, until);
  const segments: CoverSegment[] = [];
  // Month by month: a whole month is one month row; a part of a month is weeks and days.
  for (let start = from; start < until;) {
    const monthEnd = firstOfNextMonth(start);
    const end = monthEnd < until ? monthEnd : until;
    if (start === firstOfMonth(start) && end === monthEnd) {
      const last = segments.at(-1);
      if (last?.grain === 'month' && last.until === start) last.until = end;
      else segments.push({ grain: 'month', from: start, until: end });
    } else {
      segments.push(...weeksAndDays(start, end));
    }
    start = end;
  }
  return segments;
}
