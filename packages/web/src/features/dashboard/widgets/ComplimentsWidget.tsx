import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { formatNumber } from '../../../i18n/format';
import { localName } from '../../../i18n/local-name';
import { useLocale } from '../../../i18n/LocaleProvider';
import type { Locale } from '../../../i18n/messages';
import { ChartCard } from '../../../ui/charts/ChartCard';
import { DataTable } from '../../../ui/charts/DataTable';
import { GroupedBarChart } from '../../../ui/charts/lazy';
import { dashboardCasesHref, type DashboardFilter } from '../filters';
import { topRows } from '../transforms';
import { isIdKey, Suppressed } from './cells';
import { useReportVariables, widgetState } from './widget-data';

const ComplimentsWidgetQuery = graphql(`
  query ComplimentsWidgetQuery($filter: ReportFilter!) {
    compliments(filter: $filter) {
      csv
      suppressedCells
      byService {
        key
        label
        labelNl
        compliments
        complaints
      }
    }
  }
`);

/** Most bars (services) the compliments chart draws; the rest becomes "other". */
const TOP_SERVICES = 7;

/** Compliments against complaints per service: the largest services plus "other". */
function useComplimentsData(filter: DashboardFilter, locale: Locale, otherLabel: string) {
  const v = useReportVariables(filter);
  const result = useQuery(ComplimentsWidgetQuery, { variables: { filter: v.filter } });
  const rows = useMemo(() => {
    const data = result.data?.compliments;
    if (!data) return null;
    return topRows(
      data.byService.map((r) => ({
        key: r.key ?? null,
        label: localName(locale, r),
        values: { compliments: r.compliments ?? null, complaints: r.complaints ?? null },
      })),
      TOP_SERVICES,
      otherLabel,
    );
  }, [result.data, locale, otherLabel]);
  const data = result.data?.compliments;
  const isEmpty = !rows || rows.every((r) => !r.values['compliments'] && !r.values['complaints']);
  return {
    rows,
    csv: data?.csv,
    suppressedCells: data?.suppressedCells ?? 0,
    state: widgetState(result, rows !== null, isEmpty),
  };
}

/** Compliments against complaints per service: the largest services and "other". */
export function ComplimentsWidget({ filter }: { filter: DashboardFilter }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const { rows, csv, suppressedCells, state } = useComplimentsData(
    filter,
    locale,
    intl.formatMessage({ id: 'dashboard.other' }),
  );
  const title = intl.formatMessage({ id: 'dashboard.complimentsVsComplaints' });
  const series = [
    { key: 'compliments', label: intl.formatMessage({ id: 'kind.COMPLIMENT' }), kind: 'COMPLIMENT' as const },
    { key: 'complaints', label: intl.formatMessage({ id: 'kind.COMPLAINT' }), kind: 'COMPLAINT' as const },
  ];
  const cell = (key: string | null, value: number | null | undefined, kind: 'COMPLIMENT' | 'COMPLAINT') => {
    if (value == null) return <Suppressed />;
    return isIdKey(key) ? (
      <Link to={dashboardCasesHref(filter, { kind, serviceId: key })}>{formatNumber(value, locale)}</Link>
    ) : (
      formatNumber(value, locale)
    );
  };
  return (
    <ChartCard
      widget="compliments"
      title={title}
      state={state}
      csv={csv}
      csvName="compliments-per-service.csv"
      note={
        suppressedCells > 0 ? intl.formatMessage({ id: 'dashboard.suppressed' }, { count: suppressedCells }) : undefined
      }
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
