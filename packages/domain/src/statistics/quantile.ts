/** The p-quantile of ascending values with linear interpolation (R's type 7, the spreadsheet default). */
export function quantile(sortedValues: readonly number[], p: number): number {
  if (sortedValues.length === 0) return Number.NaN;
  const position = (sortedValues.length - 1) * Math.min(1, Math.max(0, p));
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sortedValues[lower]!;
  return low + (sortedValues[upper]! - low) * (position - lower);
}

export const median = (sortedValues: readonly number[]): number => quantile(sortedValues, 0.5);

/** How many observations had each value: `[value, count]` pairs, in any order. */
export type Histogram = ReadonlyArray<readonly [value: number, count: number]>;

/**
 * The p-quantile of the values a histogram counts, exactly as `quantile` of the expanded sorted
 * values (and PostgreSQL's `percentile_cont`) would give, without expanding them: reports keep lead
 * times as counts per whole working day, so a median over a million cases costs a few dozen rows.
 * NaN for an empty histogram.
 */
export function histogramQuantile(histogram: Histogram, p: number): number {
  const bins = histogram.filter(([, count]) => count > 0).sort(([a], [b]) => a - b);
  const n = bins.reduce((sum, [, count]) => sum + count, 0);
  if (n === 0) return Number.NaN;
  const position = (n - 1) * Math.min(1, Math.max(0, p));
  const valueAt = (index: number) => {
    let seen = 0;
    for (const [value, count] of bins) {
      seen += count;
      if (index < seen) return value;
    }
    return bins.at(-1)![0];
  };
  const lower = Math.floor(position);
  const low = valueAt(lower);
  return low + (valueAt(Math.ceil(position)) - low) * (position - lower);
}
