import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../gql';
import { ChartCard } from '../../../ui/charts/ChartCard';
import { SatisfactionTable } from '../../satisfaction/SatisfactionTable';
import type { DashboardFilter } from '../filters';
import { useReportVariables, widgetState } from './widget-data';

const SatisfactionWidgetQuery = graphql(`
  query SatisfactionWidgetQuery($filter: ReportFilter!) {
    satisfactionReport(filter: $filter) {
      csv
      suppressedCells
      ...SatisfactionTable_report
    }
  }
`);

/** Satisfaction after closure: complainants asked in the period, the response rate and the mean score per service. */
export function SatisfactionWidget({ filter }: { filter: DashboardFilter }) {
  const intl = useIntl();
  const v = useReportVariables(filter);
  const result = useQuery(SatisfactionWidgetQuery, { variables: { filter: v.complaints } });
  const report = result.data?.satisfactionReport ?? null;
  const title = intl.formatMessage({ id: 'dashboard.satisfaction' });
  return (
    <ChartCard
      widget="satisfaction"
      title={title}
      state={widgetState(result, report !== null, !report || report.asked === 0)}
      csv={report?.csv}
      csvName="satisfaction.csv"
      note={
        report && report.suppressedCells > 0
          ? intl.formatMessage({ id: 'dashboard.suppressed' }, { count: report.suppressedCells })
          : undefined
      }
      table={report && <SatisfactionTable report={report} caption={title} />}
    />
  );
}
