import { useQuery } from '@apollo/client/react';
import { addDays } from '@klankbord/domain';
import { useMemo } from 'react';
import { graphql } from '../../gql';
import type { Locale } from '../../i18n/messages';
import type { WidgetState } from '../../ui/charts/ChartCard';
import { previousPeriod, toReportFilter, type DashboardFilter } from './filters';
import { downsample, measuresForEffect, tileFigures, topRows, topSeries, type TilePeriod } from './transforms';

// One query per widget, so a slow or failing report only holds up or breaks its own widget
// (every report field is non-null in the schema: one error would null a combined response).

const DashboardFiltersQuery = graphql(`
  query DashboardFiltersQuery {
    services { id name nameNl active }
    complaintTypes { id name nameNl active }
    organisationUnits { id name active }
  }
`);

const TilesWidgetQuery = graphql(`
  query TilesWidgetQuery($filter: ReportFilter!, $complaints: ReportFilter!, $previous: ReportFilter!, $previousComplaints: ReportFilter!) {
    volumeTrend(filter: $filter) { total changeVsPreviousPeriod backlog { label count } }
    previousVolume: volumeTrend(filter: $previous) { total backlog { label count } }
    leadTimePerformance(filter: $complaints) { total { openPastDeadline resolvedWithinAgreedDeadline } }
    previousLeadTime: leadTimePerformance(filter: $previousComplaints) { total { openPastDeadline resolvedWithinAgreedDeadline } }
    compliments(filter: $filter) { total }
    previousCompliments: compliments(filter: $previous) { total }
  }
`);

const TrendWidgetQuery = graphql(`
  query TrendWidgetQuery($complaints: ReportFilter!) {
    volumeTrend(filter: $complaints) {
      buckets suppressedCells csv
      byComplaintType { key label labelNl counts total }
    }
  }
`);

const RecurringWidgetQuery = graphql(`
  query RecurringWidgetQuery($recent: ReportFilter!) {
    recurringComplaintTypes(filter: $recent) {
      csv baselinePeriods suppressedCells
      types { complaintTypeId label labelNl currentCount baselineRate statistic pValue qValue model flagged hasMeasure recurringAfterEvaluatedMeasure }
    }
  }
`);

const MeasuresWidgetQuery = graphql(`
  query MeasuresWidgetQuery {
    measures {
      id title status implementedOn
      targetComplaintType { id name nameNl }
      targetService { id name nameNl }
      effect { enoughData reason rateRatio lower95 upper95 countBefore countAfter beforeFrom afterTo windowDays }
    }
  }
`);

const ComplimentsWidgetQuery = graphql(`
  query ComplimentsWidgetQuery($filter: ReportFilter!) {
    compliments(filter: $filter) {
      csv suppressedCells
      byService { key label labelNl compliments complaints }
    }
  }
`);

const LeadTimeWidgetQuery = graphql(`
  query LeadTimeWidgetQuery($complaints: ReportFilter!) {
    leadTimePerformance(filter: $complaints, groupBy: COMPLAINT_TYPE) {
      csv suppressedCells
      total { cases acknowledgedInTime resolvedWithinAgreedDeadline medianWorkingDays p90WorkingDays openPastDeadline extensions extensionsInformedInTime }
      rows { key label cases acknowledgedInTime resolvedWithinAgreedDeadline medianWorkingDays p90WorkingDays openPastDeadline }
    }
  }
`);

const OutcomesWidgetQuery = graphql(`
  query OutcomesWidgetQuery($filter: ReportFilter!) {
    outcomes(filter: $filter) { csv complaints { outcome count } complaintsUndecided suggestionsAdopted suggestionsDeclined suggestionsOpen }
  }
`);

/** Most lines a trend chart draws; the rest becomes "other". */
export const TOP_TYPES = 5;
/** Most points a trend chart draws; longer ranges are merged. */
export const MAX_POINTS = 26;
/** Most bars (services) the compliments chart draws; the rest becomes "other". */
export const TOP_SERVICES = 7;
/** Most measures the effect chart shows. */
export const MAX_MEASURES = 6;
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

/** Reference data for the filter selects and for naming lead-time rows in either language. */
export function useDashboardReferenceData() {
  return useQuery(DashboardFiltersQuery, { fetchPolicy: 'cache-first' });
}

/** Tiles: five figures of the period with their change against the previous period. */
export function useTilesData(filter: DashboardFilter) {
  const v = useReportVariables(filter);
  const result = useQuery(TilesWidgetQuery, { variables: { filter: v.filter, complaints: v.complaints, previous: v.previous, previousComplaints: v.previousComplaints } });
  const tiles = useMemo(() => {
    const d = result.data;
    if (!d) return null;
    const period = (volume: { total: number; backlog: Array<{ count: number }> }, lead: { total: { openPastDeadline?: number | null; resolvedWithinAgreedDeadline?: number | null } }, compliments: { total: number[] }): TilePeriod => ({
      received: volume.total,
      open: volume.backlog.reduce((n, b) => n + b.count, 0),
      pastDeadline: lead.total.openPastDeadline ?? null,
      onTimeShare: lead.total.resolvedWithinAgreedDeadline ?? null,
      compliments: compliments.total.reduce((n, c) => n + c, 0),
    });
    return tileFigures(period(d.volumeTrend, d.leadTimePerformance, d.compliments), period(d.previousVolume, d.previousLeadTime, d.previousCompliments), d.volumeTrend.changeVsPreviousPeriod ?? null);
  }, [result.data]);
  return { tiles, state: widgetState(result, tiles !== null, false) };
}

/** Complaints per type over time: top types plus "other", long ranges merged. */
export function useTrendData(filter: DashboardFilter, locale: Locale, otherLabel: string) {
  const v = useReportVariables(filter);
  const result = useQuery(TrendWidgetQuery, { variables: { complaints: v.complaints } });
  const trend = useMemo(() => {
    const data = result.data?.volumeTrend;
    if (!data) return null;
    const series = data.byComplaintType.map((s) => ({ key: s.key, label: locale === 'nl' ? s.labelNl : s.label, counts: s.counts, total: s.total }));
    return { ...downsample(data.buckets, topSeries(series, TOP_TYPES, otherLabel), MAX_POINTS), csv: data.csv, suppressedCells: data.suppressedCells };
  }, [result.data, locale, otherLabel]);
  return { trend, state: widgetState(result, trend !== null, !trend || trend.series.every((s) => s.total === 0)) };
}

/** Complaint types tested for recurrence in the last four weeks, flagged first. */
export function useRecurringData(filter: DashboardFilter) {
  const v = useReportVariables(filter);
  const result = useQuery(RecurringWidgetQuery, { variables: { recent: v.recent } });
  const report = result.data?.recurringComplaintTypes ?? null;
  return { report, recentFrom: v.recent.from, state: widgetState(result, report !== null, report?.types.length === 0) };
}

/** Implemented measures matching the filter, with their before/after effect. */
export function useMeasuresData(filter: DashboardFilter) {
  const result = useQuery(MeasuresWidgetQuery);
  const measures = useMemo(() => (result.data ? measuresForEffect(result.data.measures, filter, MAX_MEASURES) : null), [result.data, filter]);
  return { measures, state: widgetState(result, measures !== null, measures?.length === 0) };
}

/** Compliments against complaints per service: the largest services plus "other". */
export function useComplimentsData(filter: DashboardFilter, locale: Locale, otherLabel: string) {
  const v = useReportVariables(filter);
  const result = useQuery(ComplimentsWidgetQuery, { variables: { filter: v.filter } });
  const rows = useMemo(() => {
    const data = result.data?.compliments;
    if (!data) return null;
    return topRows(
      data.byService.map((r) => ({ key: r.key ?? null, label: locale === 'nl' ? r.labelNl : r.label, values: { compliments: r.compliments ?? null, complaints: r.complaints ?? null } })),
      TOP_SERVICES,
      otherLabel,
    );
  }, [result.data, locale, otherLabel]);
  const data = result.data?.compliments;
  const isEmpty = !rows || rows.every((r) => !r.values['compliments'] && !r.values['complaints']);
  return { rows, csv: data?.csv, suppressedCells: data?.suppressedCells ?? 0, state: widgetState(result, rows !== null, isEmpty) };
}

/** Lead-time performance per complaint type, named in the interface language. */
export function useLeadTimeData(filter: DashboardFilter, locale: Locale) {
  const v = useReportVariables(filter);
  const result = useQuery(LeadTimeWidgetQuery, { variables: { complaints: v.complaints } });
  const reference = useDashboardReferenceData();
  const report = result.data?.leadTimePerformance ?? null;
  const rows = useMemo(() => {
    if (!report) return null;
    // The report names rows in English only; the reference data has the Dutch names by id.
    const names = new Map((reference.data?.complaintTypes ?? []).map((t) => [t.id, locale === 'nl' ? t.nameNl : t.name]));
    return report.rows.map((r) => ({ ...r, label: r.key ? (names.get(r.key) ?? r.label) : null }));
  }, [report, reference.data, locale]);
  // Wait for the names too (or their failure), so Dutch readers never see English names flash by.
  const namesSettled = reference.data !== undefined || reference.error !== undefined;
  return { report, rows, state: widgetState(result, report !== null && namesSettled, (report?.total.cases ?? 0) === 0) };
}

/** Outcomes of complaints and suggestions received in the period. */
export function useOutcomesData(filter: DashboardFilter) {
  const v = useReportVariables(filter);
  const result = useQuery(OutcomesWidgetQuery, { variables: { filter: v.filter } });
  const outcomes = result.data?.outcomes ?? null;
  const isEmpty = !outcomes || (outcomes.complaints.every((o) => o.count === 0) && outcomes.complaintsUndecided === 0 && outcomes.suggestionsAdopted + outcomes.suggestionsDeclined + outcomes.suggestionsOpen === 0);
  return { outcomes, state: widgetState(result, outcomes !== null, isEmpty) };
}
