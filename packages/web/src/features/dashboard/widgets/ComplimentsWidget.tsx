import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/LocaleProvider';
import { GroupedBarChart } from '../../../ui/charts/lazy';
import { ChartCard } from '../../../ui/charts/ChartCard';
import { DataTable } from '../../../ui/charts/DataTable';
import { dashboardCasesHref, type DashboardFilter } from '../filters';
import { useComplimentsData } from '../useDashboardData';
import { isIdKey, Suppressed } from './cells';

/** Compliments against complaints per service: the largest services and "other". */
export function ComplimentsWidget({ filter }: { filter: DashboardFilter }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const { rows, csv, suppressedCells, state } = useComplimentsData(filter, locale, intl.formatMessage({ id: 'dashboard.other' }));
  const title = intl.formatMessage({ id: 'dashboard.complimentsVsComplaints' });
  const series = [
    { key: 'compliments', label: intl.formatMessage({ id: 'kind.COMPLIMENT' }), kind: 'COMPLIMENT' as const },
    { key: 'complaints', label: intl.formatMessage({ id: 'kind.COMPLAINT' }), kind: 'COMPLAINT' as const },
  ];
  const cell = (key: string | null, value: number | null | undefined, kind: 'COMPLIMENT' | 'COMPLAINT') => {
    if (value == null) return <Suppressed />;
    return isIdKey(key) ? <Link to={dashboardCasesHref(filter, { kind, serviceId: key })}>{formatNumber(value, locale)}</Link> : formatNumber(value, locale);
  };
  return (
    <ChartCard
      widget="compliments"
      title={title}
      state={state}
      csv={csv}
      csvName="compliments-per-service.csv"
      note={suppressedCells > 0 ? intl.formatMessage({ id: 'dashboard.suppressed' }, { count: suppressedCells }) : undefined}
      chart={rows && <GroupedBarChart rows={rows} series={series} formatNumber={(v) => formatNumber(v, locale)} />}
      table={
        <DataTable
          caption={title}
          headers={[intl.formatMessage({ id: 'dashboard.service' }), ...series.map((s) => s.label)]}
          rows={(rows ?? []).map((r) => [
            isIdKey(r.key) ? <Link to={dashboardCasesHref(filter, { serviceId: r.key })}>{r.label}</Link> : r.label,
            ...series.map((s) => cell(r.key, r.values[s.key], s.kind)),
          ])}
        />
      }
    />
  );
}
