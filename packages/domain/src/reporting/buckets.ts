import { addDays, isoWeekday, toPlainDate, type IsoDate } from '../calendar/plain-date.js';

/** The length of one point of a trend: ISO week (from Monday), calendar month, quarter or year. */
export type TrendBucket = 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';

/** The first day of the bucket that holds `date` (as PostgreSQL's `date_trunc` gives it). */
export function bucketStart(date: IsoDate, bucket: TrendBucket): IsoDate {
  const plain = toPlainDate(date);
  const year = String(plain.year).padStart(4, '0');
  switch (bucket) {
    case 'WEEK':
      return addDays(date, 1 - isoWeekday(date));
    case 'MONTH':
      return `${year}-${String(plain.month).padStart(2, '0')}-01`;
    case 'QUARTER':
      return `${year}-${String(plain.month - ((plain.month - 1) % 3)).padStart(2, '0')}-01`;
    case 'YEAR':
      return `${year}-01-01`;
  }
}

/** The first day of the bucket after the one that starts on `start`. */
function nextBucket(start: IsoDate, bucket: TrendBucket): IsoDate {
  if (bucket === 'WEEK') return addDays(start, 7);
  const plain = toPlainDate(start).add({ months: bucket === 'MONTH' ? 1 : bucket === 'QUARTER' ? 3 : 12 });
  return plain.toString();
}

/**
 * Every bucket start from the bucket holding `from` to the one holding `to`, so a trend shows
 * empty buckets as zeros.
 */
export function bucketStarts(from: IsoDate, to: IsoDate, bucket: TrendBucket): IsoDate[] {
  const starts: IsoDate[] = [];
  const last = bucketStart(to, bucket);
  for (let start = bucketStart(from, bucket); start <= last; start = nextBucket(start, bucket)) starts.push(start);
  return starts;
}
