import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { formatBucket, formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/LocaleProvider';
import { ChartCard } from '../../../ui/charts/ChartCard';
import { DataTable } from '../../../ui/charts/DataTable';
import { TrendChart } from '../../../ui/charts/lazy';
import { dashboardCasesHref, type DashboardFilter } from '../filters';
import { useTrendData } from '../useDashboardData';
import { isIdKey, Suppressed } from './cells';

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
      note={trend && trend.suppressedCells > 0 ? intl.formatMessage({ id: 'dashboard.suppressed' }, { count: trend.suppressedCells }) : undefined}
      chart={trend && <TrendChart labels={labels} lines={trend.series.map((s) => ({ key: s.key, label: s.label, values: s.counts }))} formatNumber={(v) => formatNumber(v, locale)} />}
      table={
        <DataTable
          caption={title}
          headers={[intl.formatMessage({ id: 'dashboard.complaintType' }), ...labels, intl.formatMessage({ id: 'dashboard.total' })]}
          rows={(trend?.series ?? []).map((s) => [
            isIdKey(s.key) ? <Link to={dashboardCasesHref(filter, { kind: 'COMPLAINT', complaintTypeId: s.key })}>{s.label}</Link> : s.label,
            ...s.counts.map((c) => (c === null ? <Suppressed /> : formatNumber(c, locale))),
            formatNumber(s.total, locale),
          ])}
        />
      }
      links={<Link to={dashboardCasesHref(filter, { kind: 'COMPLAINT' })}>{intl.formatMessage({ id: 'dashboard.viewComplaints' })}</Link>}
    />
  );
}
