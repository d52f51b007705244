import { lazy, Suspense, type ComponentProps, type ComponentType } from 'react';
// Type-only: erased at build time, so the chart code stays in its own lazily loaded chunk.
import type { GroupedBarChart as GroupedBarChartComponent } from './BarChartSimple';
import type { RateRatioChart as RateRatioChartComponent } from './RateRatioChart';
import type { TrendChart as TrendChartComponent } from './TrendChart';

/**
 * The chart components, loaded on first use. A dashboard then sends its queries as soon as its
 * own small chunk has run, while Recharts and d3 (~475 kB) download and compile alongside,
 * instead of the queries waiting for them. The placeholder keeps the card's height so nothing
 * jumps when the chart arrives. `preloadCharts` starts the download early (a page calls it when it
 * mounts), so the chart code is there by the time the data is.
 */
function lazyChart<P extends object>(load: () => Promise<ComponentType<P>>, height: (props: P) => number) {
  const Chart = lazy(async () => ({ default: await load() }));
  return function LazyChart(props: P) {
    return (
      <Suspense fallback={<div className="chart-placeholder" style={{ height: height(props) }} aria-hidden="true" />}>
        <Chart {...props} />
      </Suspense>
    );
  };
}

/** Lines over time; see TrendChart. */
export const TrendChart = lazyChart<ComponentProps<typeof TrendChartComponent>>(
  async () => (await import('./TrendChart')).TrendChart,
  () => 280,
);

/** Grouped horizontal bars; see BarChartSimple. */
export const GroupedBarChart = lazyChart<ComponentProps<typeof GroupedBarChartComponent>>(
  async () => (await import('./BarChartSimple')).GroupedBarChart,
  (p) => 60 + p.rows.length * (18 * p.series.length + 14),
);

/** Rate ratios with intervals; see RateRatioChart. */
export const RateRatioChart = lazyChart<ComponentProps<typeof RateRatioChartComponent>>(
  async () => (await import('./RateRatioChart')).RateRatioChart,
  (p) => 60 + p.rows.length * 40,
);

/** Starts loading the chart code now; rendering a chart later then finds it ready. */
export function preloadCharts(): void {
  // The module system caches each import, so the lazy components above get these same modules.
  void import('./TrendChart');
  void import('./BarChartSimple');
  void import('./RateRatioChart');
}
