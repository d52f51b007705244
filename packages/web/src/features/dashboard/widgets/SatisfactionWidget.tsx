import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../gql';
import { formatBucket, formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/LocaleProvider';
import { ChartCard } from '../../../ui/charts/ChartCard';
import { TrendChart } from '../../../ui/charts/lazy';
import { SatisfactionTables } from '../../satisfaction/SatisfactionTables';
import type { DashboardFilter } from '../filters';
import { useReportVariables, widgetState } from './widget-data';

const SatisfactionWidgetQuery = graphql(`
  query SatisfactionWidgetQuery($filter: ReportFilter!) {
    satisfactionReport(filter: $filter) {
      csv
      suppressedCells
      ...SatisfactionTables_report
    }
  }
`);

/**
 * Satisfaction after closure: complainants asked and answering over the period (chart), and the
 * response rate and mean score per service, complaint type and period (tables).
 */
export function SatisfactionWidget({ filter }: { filter: DashboardFilter }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const v = useReportVariables(filter);
  const result = useQuery(SatisfactionWidgetQuery, { variables: { filter: v.complaints } });
  const report = result.data?.satisfactionReport ?? null;
  const bucket = v.filter.bucket ?? 'MONTH';
  return (
    <ChartCard
      widget="satisfaction"
      title={intl.formatMessage({ id: 'dashboard.satisfaction' })}
      state={widgetState(result, report !== null, !report || report.asked === 0)}
      csv={report?.csv}
      csvName="satisfaction.csv"
      note={
        report && report.suppressedCells > 0
          ? intl.formatMessage({ id: 'dashboard.suppressed' }, { count: report.suppressedCells })
          : undefined
      }
      chart={
        report && (
          <TrendChart
            labels={report.buckets.map((start) => formatBucket(start, bucket, locale))}
            lines={[
              {
                key: 'asked',
                label: intl.formatMessage({ id: 'dashboard.satisfactionAsked' }),
                values: report.askedByBucket,
              },
              {
                key: 'answered',
                label: intl.formatMessage({ id: 'dashboard.satisfactionAnswered' }),
                values: report.answeredByBucket,
              },
            ]}
            formatNumber={(value) => formatNumber(value, locale)}
          />
        )
      }
      table={report && <SatisfactionTables report={report} bucket={bucket} />}
    />
  );
}
