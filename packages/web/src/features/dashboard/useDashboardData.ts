import { useQuery } from '@apollo/client/react';
import { addDays } from '@klankbord/domain';
import { useMemo } from 'react';
import { graphql } from '../../gql';
import { toReportFilter, type DashboardFilter } from './filters';
import { downsample, topSeries } from './transforms';

const DashboardRouteQuery = graphql(`
  query DashboardRouteQuery($filter: ReportFilter!, $complaints: ReportFilter!, $recent: ReportFilter!) {
    volumeTrend(filter: $filter) {
      buckets received resolved total changeVsPreviousPeriod changeVsPreviousYear suppressedCells csv
      byComplaintType { key label labelNl counts total }
      backlog { label count }
    }
    complaintTrend: volumeTrend(filter: $complaints) {
      buckets suppressedCells csv
      byComplaintType { key label labelNl counts total }
    }
    recurringComplaintTypes(filter: $recent) {
      csv
      types { complaintTypeId label labelNl currentCount baselineRate statistic pValue qValue model flagged hasMeasure recurringAfterEvaluatedMeasure }
    }
    leadTimePerformance(filter: $complaints, groupBy: COMPLAINT_TYPE) {
      csv suppressedCells
      total { cases acknowledgedInTime resolvedWithinAgreedDeadline resolvedWithinOriginalDeadline medianWorkingDays p90WorkingDays openPastDeadline extensions extensionsInformedInTime }
      rows { key label cases acknowledgedInTime resolvedWithinAgreedDeadline medianWorkingDays p90WorkingDays openPastDeadline }
    }
    compliments(filter: $filter) {
      total csv
      byService { key label labelNl compliments complaints complimentsPerComplaint }
    }
    outcomes(filter: $filter) { csv complaints { outcome count } complaintsUndecided suggestionsAdopted suggestionsDeclined }
  }
`);

/** Most lines a trend chart draws; the rest becomes "other". */
export const TOP_TYPES = 5;
/** Most points a trend chart draws; longer ranges are merged. */
export const MAX_POINTS = 26;

/** The dashboard's data: one query for every widget, with memoised, pure chart transforms. */
export function useDashboardData(filter: DashboardFilter, locale: 'nl' | 'en', otherLabel: string) {
  const variables = useMemo(() => {
    const report = toReportFilter(filter);
    // Recurrence is about now: the last four weeks of the period against the weeks before.
    const recentFrom = addDays(filter.to, -27);
    return {
      filter: report,
      complaints: { ...report, kind: 'COMPLAINT' as const },
      recent: { ...report, kind: 'COMPLAINT' as const, from: recentFrom > filter.from ? recentFrom : filter.from },
    };
  }, [filter]);
  const result = useQuery(DashboardRouteQuery, { variables });
  const trend = useMemo(() => {
    const data = result.data?.complaintTrend;
    if (!data) return null;
    const series = data.byComplaintType.map((s) => ({ key: s.key, label: locale === 'nl' ? s.labelNl : s.label, counts: s.counts, total: s.total }));
    return downsample(data.buckets, topSeries(series, TOP_TYPES, otherLabel), MAX_POINTS);
  }, [result.data, locale, otherLabel]);
  return { ...result, trend };
}
