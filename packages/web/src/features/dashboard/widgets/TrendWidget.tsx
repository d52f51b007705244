import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { formatBucket, formatNumber } from '../../../i18n/format';
import { localName } from '../../../i18n/local-name';
import { useLocale } from '../../../i18n/LocaleProvider';
import type { Locale } from '../../../i18n/messages';
import { ChartCard } from '../../../ui/charts/ChartCard';
import { DataTable } from '../../../ui/charts/DataTable';
import { TrendChart } from '../../../ui/charts/lazy';
import { dashboardCasesHref, type DashboardFilter } from '../filters';
import { downsample, topSeries } from '../transforms';
import { isIdKey, Suppressed } from './cells';
import { useReportVariables, widgetState } from './widget-data';

const TrendWidgetQuery = graphql(`
  query TrendWidgetQuery($complaints: ReportFilter!) {
    volumeTrend(filter: $complaints) {
      buckets
      suppressedCells
      csv
      byComplaintType {
        key
        label
        labelNl
        counts
        total
      }
    }
  }
`);

/** Most lines a trend chart draws; the rest becomes "other". */
const TOP_TYPES = 5;
/** Most points a trend chart draws; longer ranges are merged. */
const MAX_POINTS = 26;

/** Complaints per type over time: top types plus "other", long ranges merged. */
function useTrendData(filter: DashboardFilter, locale: Locale, otherLabel: string) {
  const v = useReportVariables(filter);
  const result = useQuery(TrendWidgetQuery, { variables: { complaints: v.complaints } });
  const trend = useMemo(() => {
    const data = result.data?.volumeTrend;
    if (!data) return null;
    const series = data.byComplaintType.map((s) => ({
      key: s.key,
      label: localName(locale, s),
      counts: s.counts,
      total: s.total,
    }));
    return {
      ...downsample(data.buckets, topSeries(series, TOP_TYPES, otherLabel), MAX_POINTS),
      csv: data.csv,
      suppressedCells: data.suppressedCells,
    };
  }, [result.data, locale, otherLabel]);
  return { trend, state: widgetState(result, trend !== null, !trend || trend.series.every((s) => s.total === 0)) };
}

/** Complaints per type over the period: the largest types and "other", as lines and as a table. */
export function TrendWidget({ filter }: { filter: DashboardFilter }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const { trend, state } = useTrendData(filter, locale, intl.formatMessage({ id: 'dashboard.other' }));
  const title = intl.formatMessage({ id: 'dashboard.trend' });
  const labels = (trend?.labels ?? []).map((b) => formatBucket(b, filter.bucket, locale));
  return (
    <ChartCard
      widget="trend"
      title={title}
      state={state}
      csv={trend?.csv}
      csvName="complaints-per-type.csv"
      note={
        trend && trend.suppressedCells > 0
          ? intl.formatMessage({ id: 'dashboard.suppressed' }, { count: trend.suppressedCells })
          : undefined
      }
      chart={
        trend && (
          <TrendChart
            labels={labels}
            lines={trend.series.map((s) => ({ key: s.key, label: s.label, values: s.counts }))}
            formatNumber={(v) => formatNumber(v, locale)}
          />
        )
      }
      table={
        <DataTable
          caption={title}
          headers={[
            intl.formatMessage({ id: 'dashboard.complaintType' }),
            ...labels,
            intl.formatMessage({ id: 'dashboard.total' }),
          ]}
          rows={(trend?.series ?? []).map((s) => [
            isIdKey(s.key) ? (
              <Link to={dashboardCasesHref(filter, { kind: 'COMPLAINT', complaintTypeId: s.key })}>{s.label}</Link>
            ) : (
              s.label
            ),
            ...s.counts.map((c) => (c === null ? <Suppressed /> : formatNumber(c, locale))),
            formatNumber(s.total, locale),
          ])}
        />
      }
      links={
        <Link to={dashboardCasesHref(filter, { kind: 'COMPLAINT' })}>
          {intl.formatMessage({ id: 'dashboard.viewComplaints' })}
        </Link>
      }
    />
  );
}
