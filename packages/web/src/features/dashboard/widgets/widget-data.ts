import { addDays } from '@klankbord/domain';
import { useMemo } from 'react';
import type { WidgetState } from '../../../ui/charts/ChartCard';
import { previousPeriod, toReportFilter, type DashboardFilter } from '../filters';

// What the widgets' data hooks share. Each widget has its own query next to it (in its own
// file), so a slow or failing report only holds up or breaks its own widget: every report field
// is non-null in the schema, so one error would null a combined response.

/** Recurrence is about now: the last four weeks of the period against the periods before. */
export const RECENT_DAYS = 28;

interface QueryLike {
  loading: boolean;
  error?: { message: string } | undefined;
  refetch: () => Promise<unknown>;
}

/**
 * A widget's state from its query: loading only until the first answer (a refetch keeps the
 * figures on screen), then error, empty or ready.
 */
export function widgetState(result: QueryLike, hasData: boolean, isEmpty: boolean): WidgetState {
  if (result.error) return { status: 'error', error: result.error, retry: () => void result.refetch() };
  if (!hasData) return { status: 'loading' };
  return { status: isEmpty ? 'empty' : 'ready' };
}

/** The report filters the widgets send, derived once per dashboard filter. */
export function useReportVariables(filter: DashboardFilter) {
  return useMemo(() => {
    const report = toReportFilter(filter);
    const previous = toReportFilter(previousPeriod(filter));
    const recentFrom = addDays(filter.to, -(RECENT_DAYS - 1));
    return {
      filter: report,
      complaints: { ...report, kind: 'COMPLAINT' as const },
      previous,
      previousComplaints: { ...previous, kind: 'COMPLAINT' as const },
      recent: { ...report, kind: 'COMPLAINT' as const, from: recentFrom > filter.from ? recentFrom : filter.from },
    };
  }, [filter]);
}
