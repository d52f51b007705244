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
