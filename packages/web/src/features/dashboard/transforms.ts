/** One line of a trend: a label and a count per bucket (null where suppressed). */
export interface Series {
  key: string;
  label: string;
  counts: Array<number | null>;
  total: number;
}

/**
 * The N largest series, and the rest folded into one "other" line, so no chart draws more lines
 * than a person can read. Suppressed cells count as 0 in "other" (they are small by definition).
 */
export function topSeries(series: readonly Series[], n: number, otherLabel: string): Series[] {
  const sorted = [...series].sort((a, b) => b.total - a.total);
  if (sorted.length <= n + 1) return sorted;
  const rest = sorted.slice(n);
  const other: Series = {
    key: 'other',
    label: otherLabel,
    counts: rest[0]!.counts.map((_, i) => rest.reduce((sum, s) => sum + (s.counts[i] ?? 0), 0)),
    total: rest.reduce((sum, s) => sum + s.total, 0),
  };
  return [...sorted.slice(0, n), other];
}

/**
 * Long ranges of buckets merged so at most `max` points are drawn: consecutive buckets summed,
 * labelled by their first bucket. A suppressed (null) cell stays null only if all merged are null.
 */
export function downsample(labels: readonly string[], series: readonly Series[], max: number): { labels: string[]; series: Series[] } {
  if (labels.length <= max) return { labels: [...labels], series: [...series] };
  const size = Math.ceil(labels.length / max);
  const groups = Array.from({ length: Math.ceil(labels.length / size) }, (_, g) => [g * size, Math.min(labels.length, (g + 1) * size)] as const);
  return {
    labels: groups.map(([start]) => labels[start]!),
    series: series.map((s) => ({
      ...s,
      counts: groups.map(([start, end]) => {
        const cells = s.counts.slice(start, end);
        return cells.every((c) => c === null) ? null : cells.reduce<number>((sum, c) => sum + (c ?? 0), 0);
      }),
    })),
  };
}
