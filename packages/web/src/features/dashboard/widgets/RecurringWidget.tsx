import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { formatNumber } from '../../../i18n/format';
import { useLocalName } from '../../../i18n/local-name';
import { useLocale } from '../../../i18n/LocaleProvider';
import { ChartCard } from '../../../ui/charts/ChartCard';
import { DataTable } from '../../../ui/charts/DataTable';
import { dashboardCasesHref, type DashboardFilter } from '../filters';
import { Suppressed } from './cells';
import { useReportVariables, widgetState } from './widget-data';

const RecurringWidgetQuery = graphql(`
  query RecurringWidgetQuery($recent: ReportFilter!) {
    recurringComplaintTypes(filter: $recent) {
      csv
      baselinePeriods
      suppressedCells
      types {
        complaintTypeId
        label
        labelNl
        currentCount
        baselineRate
        statistic
        pValue
        qValue
        model
        flagged
        hasMeasure
        recurringAfterEvaluatedMeasure
      }
    }
  }
`);

/** Complaint types tested for recurrence in the last four weeks, flagged first. */
function useRecurringData(filter: DashboardFilter) {
  const v = useReportVariables(filter);
  const result = useQuery(RecurringWidgetQuery, { variables: { recent: v.recent } });
  const report = result.data?.recurringComplaintTypes ?? null;
  return { report, recentFrom: v.recent.from, state: widgetState(result, report !== null, report?.types.length === 0) };
}

/** Most rows the recurrence table lists (flagged ones come first). */
const MAX_ROWS = 8;

/**
 * Complaint types recurring above their own baseline in the last four weeks, each with the
 * evidence: its count against its baseline, and for flagged ones how far above it and the
 * false-discovery-adjusted q-value of the test.
 */
export function RecurringWidget({ filter }: { filter: DashboardFilter }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const name = useLocalName();
  const { report, recentFrom, state } = useRecurringData(filter);
  const title = intl.formatMessage({ id: 'dashboard.recurring' });
  const number = (value: number, digits: number) => formatNumber(value, locale, digits);
  return (
    <ChartCard
      widget="recurring"
      title={title}
      state={state}
      csv={report?.csv}
      csvName="recurring-complaint-types.csv"
      note={
        report && report.baselinePeriods < 2
          ? intl.formatMessage({ id: 'dashboard.tooLittleHistory' }, { periods: report.baselinePeriods })
          : undefined
      }
      table={
        <DataTable
          caption={title}
          headers={[
            intl.formatMessage({ id: 'dashboard.complaintType' }),
            intl.formatMessage({ id: 'dashboard.reason' }),
          ]}
          rows={(report?.types ?? []).slice(0, MAX_ROWS).map((t) => {
            const values = {
              count: t.currentCount == null ? '' : number(t.currentCount, 0),
              baseline: number(t.baselineRate, 1),
              statistic: number(t.statistic, 1),
              q: number(t.qValue, 3),
              model: intl.formatMessage({ id: t.model === 'poisson' ? 'model.poisson' : 'model.negative-binomial' }),
            };
            return [
              <Link
                to={dashboardCasesHref(
                  { ...filter, from: recentFrom },
                  { kind: 'COMPLAINT', complaintTypeId: t.complaintTypeId },
                )}
              >
                {name(t)}
              </Link>,
              <>
                {t.flagged && (
                  <span className="flags">
                    <span className="badge overdue">⚑ {intl.formatMessage({ id: 'dashboard.flagged' })}</span>
                    {!t.hasMeasure && (
                      <span className="badge">{intl.formatMessage({ id: 'dashboard.noMeasure' })}</span>
                    )}
                    {t.recurringAfterEvaluatedMeasure && (
                      <span className="badge">{intl.formatMessage({ id: 'dashboard.measureNotWorking' })}</span>
                    )}
                  </span>
                )}
                {t.currentCount == null && <Suppressed />}
                {intl.formatMessage({ id: t.flagged ? 'dashboard.recurringReason' : 'dashboard.notFlagged' }, values)}
              </>,
            ];
          })}
        />
      }
    />
  );
}
