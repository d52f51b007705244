import { amsterdamDate } from '@klankbord/domain';
import { useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { formatBucket, formatChange, formatShare } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { GroupedBarChart } from '../../ui/charts/BarChartSimple';
import { ChartCard } from '../../ui/charts/ChartCard';
import { DataTable } from '../../ui/charts/DataTable';
import { TrendChart } from '../../ui/charts/TrendChart';
import { Empty, ErrorState, Loading } from '../../ui/Status';
import { parseFilter, serializeFilter, type DashboardFilter } from './filters';
import { useDashboardData } from './useDashboardData';

/** Step 5 at a glance for management: tiles, trends, recurring types, lead times, compliments. */
export default function DashboardRoute() {
  const intl = useIntl();
  const { locale } = useLocale();
  const [params, setParams] = useSearchParams();
  const today = amsterdamDate(new Date());
  const filter = useMemo(() => parseFilter(params, today), [params, today]);
  const setFilter = (next: Partial<DashboardFilter>) => setParams(serializeFilter({ ...filter, ...next }));
  const other = locale === 'nl' ? 'Overig' : 'Other';
  const { data, loading, error, refetch, trend } = useDashboardData(filter, locale, other);
  const casesLink = (extra: Record<string, string>) => `/cases?${new URLSearchParams({ from: filter.from, to: filter.to, ...extra })}`;

  return (
    <>
      <h1>
        <FormattedMessage id="dashboard.title" />
      </h1>
      <form className="filters no-print" onSubmit={(e) => e.preventDefault()} aria-label="Filters">
        <label>
          <FormattedMessage id="dashboard.from" />
          <input type="date" value={filter.from} max={filter.to} onChange={(e) => e.target.value && setFilter({ from: e.target.value })} />
        </label>
        <label>
          <FormattedMessage id="dashboard.to" />
          <input type="date" value={filter.to} min={filter.from} onChange={(e) => e.target.value && setFilter({ to: e.target.value })} />
        </label>
        <label>
          <FormattedMessage id="dashboard.bucket" />
          <select value={filter.bucket} onChange={(e) => setFilter({ bucket: e.target.value as DashboardFilter['bucket'] })}>
            {(['WEEK', 'MONTH', 'QUARTER', 'YEAR'] as const).map((b) => (
              <option key={b} value={b}>{intl.formatMessage({ id: `bucket.${b}` })}</option>
            ))}
          </select>
        </label>
        <label>
          <FormattedMessage id="intake.kind" />
          <select value={filter.kind ?? ''} onChange={(e) => setFilter({ kind: (e.target.value || null) as DashboardFilter['kind'] })}>
            <option value="">—</option>
            {(['COMPLAINT', 'SUGGESTION', 'COMPLIMENT'] as const).map((k) => (
              <option key={k} value={k}>{intl.formatMessage({ id: `kind.${k}` })}</option>
            ))}
          </select>
        </label>
      </form>
      {loading && !data && <Loading />}
      {error && <ErrorState error={error} retry={() => void refetch()} />}
      {data && (
        <>
          <div className="tiles" data-testid="tiles">
            <Tile label={intl.formatMessage({ id: 'dashboard.received' })} value={String(data.volumeTrend.total)} note={intl.formatMessage({ id: 'dashboard.vsPrevious' }, { change: formatChange(data.volumeTrend.changeVsPreviousPeriod, locale) })} />
            <Tile label={intl.formatMessage({ id: 'dashboard.open' })} value={String(data.volumeTrend.backlog.reduce((n, b) => n + b.count, 0))} />
            <Tile label={intl.formatMessage({ id: 'dashboard.pastDeadline' })} value={String(data.leadTimePerformance.total.openPastDeadline ?? 0)} />
            <Tile label={intl.formatMessage({ id: 'dashboard.onTime' })} value={formatShare(data.leadTimePerformance.total.resolvedWithinAgreedDeadline, locale)} />
            <Tile label={intl.formatMessage({ id: 'dashboard.compliments' })} value={String(data.compliments.total.reduce((n, c) => n + c, 0))} />
          </div>
          <div className="grid">
            <ChartCard
              title={intl.formatMessage({ id: 'dashboard.trend' })}
              csv={data.complaintTrend.csv}
              csvName="complaints-per-type.csv"
              note={data.complaintTrend.suppressedCells > 0 ? intl.formatMessage({ id: 'dashboard.suppressed' }, { count: data.complaintTrend.suppressedCells }) : undefined}
              chart={
                trend && trend.series.length > 0 ? (
                  <TrendChart labels={trend.labels.map((b) => formatBucket(b, filter.bucket, locale))} lines={trend.series.map((s) => ({ key: s.key, label: s.label, values: s.counts }))} />
                ) : (
                  <Empty />
                )
              }
              table={
                <DataTable
                  caption={intl.formatMessage({ id: 'dashboard.trend' })}
                  headers={['', ...(trend?.labels ?? []).map((b) => formatBucket(b, filter.bucket, locale))]}
                  rows={(trend?.series ?? []).map((s) => [s.key === 'other' ? s.label : <Link to={casesLink({ complaintTypeId: s.key, kind: 'COMPLAINT' })}>{s.label}</Link>, ...s.counts.map((c) => c ?? '<k')])}
                />
              }
            />
            <section className="card" aria-labelledby="recurring">
              <header className="card-header">
                <h2 id="recurring"><FormattedMessage id="dashboard.recurring" /></h2>
              </header>
              {data.recurringComplaintTypes.types.length === 0 ? (
                <Empty />
              ) : (
                <DataTable
                  caption={intl.formatMessage({ id: 'dashboard.recurring' })}
                  headers={[intl.formatMessage({ id: 'intake.complaintType' }), '', '']}
                  rows={data.recurringComplaintTypes.types.map((t) => [
                    <Link to={casesLink({ complaintTypeId: t.complaintTypeId, kind: 'COMPLAINT' })}>{locale === 'nl' ? t.labelNl : t.label}</Link>,
                    t.flagged ? <span className="badge overdue">⚑ {t.model}</span> : '',
                    `${intl.formatMessage({ id: 'dashboard.flaggedBecause' }, { count: t.currentCount ?? '<k', baseline: t.baselineRate.toFixed(1), q: t.qValue.toFixed(3) })}${t.flagged && !t.hasMeasure ? ` · ${intl.formatMessage({ id: 'dashboard.noMeasure' })}` : ''}`,
                  ])}
                />
              )}
            </section>
            <ChartCard
              title={intl.formatMessage({ id: 'dashboard.complimentsVsComplaints' })}
              csv={data.compliments.csv}
              csvName="compliments-per-service.csv"
              chart={
                <GroupedBarChart
                  rows={data.compliments.byService.slice(0, 8).map((r) => ({ label: locale === 'nl' ? r.labelNl : r.label, compliments: r.compliments, complaints: r.complaints }))}
                  series={[
                    { key: 'compliments', label: intl.formatMessage({ id: 'kind.COMPLIMENT' }) },
                    { key: 'complaints', label: intl.formatMessage({ id: 'kind.COMPLAINT' }) },
                  ]}
                />
              }
              table={
                <DataTable
                  caption={intl.formatMessage({ id: 'dashboard.complimentsVsComplaints' })}
                  headers={['', intl.formatMessage({ id: 'kind.COMPLIMENT' }), intl.formatMessage({ id: 'kind.COMPLAINT' })]}
                  rows={data.compliments.byService.map((r) => [locale === 'nl' ? r.labelNl : r.label, r.compliments ?? '<k', r.complaints ?? '<k'])}
                />
              }
            />
            <section className="card" aria-labelledby="lead-time">
              <header className="card-header">
                <h2 id="lead-time"><FormattedMessage id="dashboard.leadTime" /></h2>
              </header>
              <DataTable
                caption={intl.formatMessage({ id: 'dashboard.leadTime' })}
                headers={['', 'n', '≤1 wd', locale === 'nl' ? 'op tijd' : 'on time', 'p50', 'p90', locale === 'nl' ? 'te laat open' : 'open late']}
                rows={[data.leadTimePerformance.total, ...data.leadTimePerformance.rows].map((r) => [
                  'key' in r && r.key ? <Link to={casesLink({ complaintTypeId: r.key, kind: 'COMPLAINT' })}>{r.label}</Link> : ('label' in r ? r.label : 'Total'),
                  r.cases ?? '<k',
                  formatShare(r.acknowledgedInTime, locale),
                  formatShare(r.resolvedWithinAgreedDeadline, locale),
                  r.medianWorkingDays ?? '—',
                  r.p90WorkingDays?.toFixed(1) ?? '—',
                  r.openPastDeadline ?? '<k',
                ])}
              />
            </section>
            <section className="card" aria-labelledby="outcomes">
              <header className="card-header">
                <h2 id="outcomes"><FormattedMessage id="dashboard.outcomes" /></h2>
              </header>
              <DataTable
                caption={intl.formatMessage({ id: 'dashboard.outcomes' })}
                headers={['', 'n']}
                rows={[...data.outcomes.complaints.map((o) => [o.outcome.toLowerCase().replaceAll('_', ' '), o.count]), ['suggestions adopted', data.outcomes.suggestionsAdopted], ['suggestions declined', data.outcomes.suggestionsDeclined]]}
              />
            </section>
          </div>
        </>
      )}
    </>
  );
}

function Tile({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="tile">
      <div>{label}</div>
      <div className="value">{value}</div>
      {note && <div className="change">{note}</div>}
    </div>
  );
}
