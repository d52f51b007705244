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
export function downsample(
  labels: readonly string[],
  series: readonly Series[],
  max: number,
): { labels: string[]; series: Series[] } {
  if (labels.length <= max) return { labels: [...labels], series: [...series] };
  const size = Math.ceil(labels.length / max);
  const groups = Array.from(
    { length: Math.ceil(labels.length / size) },
    (_, g) => [g * size, Math.min(labels.length, (g + 1) * size)] as const,
  );
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

/** How a tile's figure moved against the previous period: relative for counts, in points for shares. */
export type Change = { kind: 'relative'; value: number } | { kind: 'points'; value: number } | null;

/** The figures one period gives the tiles (null where the API suppressed a small count). */
export interface TilePeriod {
  received: number;
  open: number;
  pastDeadline: number | null;
  onTimeShare: number | null;
  compliments: number;
}

/**
 * The tiles' figures of one period from the reports behind them: cases received, open now (the
 * backlog, all buckets), open past their deadline, the share resolved within the agreed deadline
 * (null where the API suppressed a small count) and compliments received.
 */
export function tilePeriod(
  volume: { total: number; backlog: ReadonlyArray<{ count: number }> },
  lead: { total: { openPastDeadline?: number | null; resolvedWithinAgreedDeadline?: number | null } },
  compliments: { total: readonly number[] },
): TilePeriod {
  return {
    received: volume.total,
    open: volume.backlog.reduce((n, b) => n + b.count, 0),
    pastDeadline: lead.total.openPastDeadline ?? null,
    onTimeShare: lead.total.resolvedWithinAgreedDeadline ?? null,
    compliments: compliments.total.reduce((n, c) => n + c, 0),
  };
}

/** One tile: which figure, its value now and its change. */
export interface TileFigure {
  id: 'received' | 'open' | 'pastDeadline' | 'onTime' | 'compliments';
  value: number | null;
  format: 'count' | 'share';
  change: Change;
  /** The same figure for the previous period, shown when a change cannot be computed (e.g. from 0). */
  previous: number | null;
}

/** Relative change; none when the earlier figure was 0 or unknown (a percentage of nothing says nothing). */
export function relativeChange(now: number | null, before: number | null): Change {
  if (now === null || before === null || before === 0) return null;
  return { kind: 'relative', value: (now - before) / before };
}

/** Change of a share in percentage points (0.82 → 0.90 is +0.08), since a relative change of a share misleads. */
export function pointsChange(now: number | null, before: number | null): Change {
  if (now === null || before === null) return null;
  return { kind: 'points', value: now - before };
}

/**
 * The five tiles with their change against the previous period of equal length. The API gives
 * that change for "received" only (`receivedChange`, computed by the server the same way); the
 * others compare the same report run for both periods.
 */
export function tileFigures(current: TilePeriod, previous: TilePeriod, receivedChange: number | null): TileFigure[] {
  return [
    {
      id: 'received',
      value: current.received,
      format: 'count',
      change: receivedChange === null ? null : { kind: 'relative', value: receivedChange },
      previous: previous.received,
    },
    {
      id: 'open',
      value: current.open,
      format: 'count',
      change: relativeChange(current.open, previous.open),
      previous: previous.open,
    },
    {
      id: 'pastDeadline',
      value: current.pastDeadline,
      format: 'count',
      change: relativeChange(current.pastDeadline, previous.pastDeadline),
      previous: previous.pastDeadline,
    },
    {
      id: 'onTime',
      value: current.onTimeShare,
      format: 'share',
      change: pointsChange(current.onTimeShare, previous.onTimeShare),
      previous: previous.onTimeShare,
    },
    {
      id: 'compliments',
      value: current.compliments,
      format: 'count',
      change: relativeChange(current.compliments, previous.compliments),
      previous: previous.compliments,
    },
  ];
}

/** A category row of a bar chart: a label and a value per series (null where suppressed). */
export interface CategoryRow {
  key: string | null;
  label: string;
  values: Record<string, number | null>;
}

/**
 * The `n` largest rows by the sum of their values and the rest summed into one "other" row (key
 * `other`), so a bar chart keeps readable labels. Suppressed cells count as 0 in that sum.
 */
export function topRows(rows: readonly CategoryRow[], n: number, otherLabel: string): CategoryRow[] {
  const size = (row: CategoryRow) => Object.values(row.values).reduce<number>((sum, v) => sum + (v ?? 0), 0);
  const sorted = [...rows].sort((a, b) => size(b) - size(a));
  if (sorted.length <= n + 1) return sorted;
  const rest = sorted.slice(n);
  const keys = Object.keys(rest[0]!.values);
  const values = Object.fromEntries(keys.map((k) => [k, rest.reduce((sum, r) => sum + (r.values[k] ?? 0), 0)]));
  return [...sorted.slice(0, n), { key: 'other', label: otherLabel, values }];
}

/**
 * Report rows named from a lookup by id (the reports name rows in English only; the reference
 * data has both languages). An id the lookup lacks keeps the report's own label; the row without
 * a key ("not set") gets no label, for the widget to name.
 */
export function nameRowsById<R extends { key?: string | null; label: string }>(
  rows: readonly R[],
  names: ReadonlyMap<string, string>,
): Array<Omit<R, 'label'> & { label: string | null }> {
  return rows.map((row) => ({ ...row, label: row.key ? (names.get(row.key) ?? row.label) : null }));
}

/** What the dashboard needs of a measure to show its effect. */
export interface MeasureForEffect {
  id: string;
  title: string;
  status: string;
  implementedOn?: string | null;
  targetComplaintType: { id: string };
  targetService?: { id: string } | null;
  effect: { enoughData: boolean; rateRatio?: number | null; lower95?: number | null; upper95?: number | null };
}

/**
 * Measures worth a before/after row: implemented or evaluated, matching the dashboard's
 * complaint types and services when those are chosen, most recently implemented first, at most
 * `max`. Measures without an estimate yet stay in (the table says why), after those with one.
 */
export function measuresForEffect<M extends MeasureForEffect>(
  measures: readonly M[],
  filter: { complaintTypeIds: string[]; serviceIds: string[] },
  max: number,
): M[] {
  return measures
    .filter((m) => m.status === 'IMPLEMENTED' || m.status === 'EVALUATED')
    .filter((m) => filter.complaintTypeIds.length === 0 || filter.complaintTypeIds.includes(m.targetComplaintType.id))
    .filter((m) => filter.serviceIds.length === 0 || !m.targetService || filter.serviceIds.includes(m.targetService.id))
    .sort(
      (a, b) =>
        Number(estimateOf(b) !== null) - Number(estimateOf(a) !== null) ||
        (b.implementedOn ?? '').localeCompare(a.implementedOn ?? ''),
    )
    .slice(0, max);
}

/** A measure's rate ratio with both interval bounds, or null while there is no estimate yet. */
export function estimateOf(m: MeasureForEffect): { ratio: number; lower: number; upper: number } | null {
  const { enoughData, rateRatio, lower95, upper95 } = m.effect;
  return enoughData && rateRatio != null && lower95 != null && upper95 != null
    ? { ratio: rateRatio, lower: lower95, upper: upper95 }
    : null;
}
