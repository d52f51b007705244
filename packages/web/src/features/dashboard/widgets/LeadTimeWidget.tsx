import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { formatNumber, formatShare } from '../../../i18n/format';
import { localName } from '../../../i18n/local-name';
import { useLocale } from '../../../i18n/LocaleProvider';
import type { Locale } from '../../../i18n/messages';
import { ChartCard } from '../../../ui/charts/ChartCard';
import { DataTable } from '../../../ui/charts/DataTable';
import { useDashboardReferenceData } from '../DashboardFilters';
import { dashboardCasesHref, type DashboardFilter } from '../filters';
import { nameRowsById } from '../transforms';
import { isIdKey, Suppressed } from './cells';
import { useReportVariables, widgetState } from './widget-data';

const LeadTimeWidgetQuery = graphql(`
  query LeadTimeWidgetQuery($complaints: ReportFilter!) {
    leadTimePerformance(filter: $complaints, groupBy: COMPLAINT_TYPE) {
      csv
      suppressedCells
      total {
        cases
        acknowledgedInTime
        resolvedWithinAgreedDeadline
        medianWorkingDays
        p90WorkingDays
        openPastDeadline
        extensions
        extensionsInformedInTime
      }
      rows {
        key
        label
        cases
        acknowledgedInTime
        resolvedWithinAgreedDeadline
        medianWorkingDays
        p90WorkingDays
        openPastDeadline
      }
    }
  }
`);

/** Lead-time performance per complaint type, named in the interface language. */
function useLeadTimeData(filter: DashboardFilter, locale: Locale) {
  const v = useReportVariables(filter);
  const result = useQuery(LeadTimeWidgetQuery, { variables: { complaints: v.complaints } });
  const reference = useDashboardReferenceData();
  const report = result.data?.leadTimePerformance ?? null;
  const rows = useMemo(() => {
    if (!report) return null;
    // The report names rows in English only; the reference data has the Dutch names by id.
    const names = new Map((reference.data?.complaintTypes ?? []).map((t) => [t.id, localName(locale, t)]));
    return nameRowsById(report.rows, names);
  }, [report, reference.data, locale]);
  // Wait for the names too (or their failure), so Dutch readers never see English names flash by.
  const namesSettled = reference.data !== undefined || reference.error !== undefined;
  return {
    report,
    rows,
    state: widgetState(result, report !== null && namesSettled, (report?.total.cases ?? 0) === 0),
  };
}

/** Lead-time performance of complaints per type: timeliness, lead times, and what is open too long. */
export function LeadTimeWidget({ filter }: { filter: DashboardFilter }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const { report, rows, state } = useLeadTimeData(filter, locale);
  const title = intl.formatMessage({ id: 'dashboard.leadTime' });
  const total = report?.total;
  const all = [
    ...(total ? [{ ...total, key: null, label: intl.formatMessage({ id: 'dashboard.total' }), isTotal: true }] : []),
    ...(rows ?? []).map((r) => ({
      ...r,
      label: r.label ?? intl.formatMessage({ id: 'dashboard.notSet' }),
      isTotal: false,
    })),
  ];
  const count = (value: number | null | undefined) => (value == null ? <Suppressed /> : formatNumber(value, locale));
  return (
    <ChartCard
      widget="lead-time"
      wide
      title={title}
      state={state}
      csv={report?.csv}
      csvName="lead-time-per-type.csv"
      note={
        total &&
        intl.formatMessage(
          { id: 'dashboard.extensions' },
          {
            count: formatNumber(total.extensions ?? 0, locale),
            share: formatShare(total.extensionsInformedInTime, locale),
          },
        )
      }
      table={
        <DataTable
          caption={title}
          headers={[
            intl.formatMessage({ id: 'dashboard.complaintType' }),
            intl.formatMessage({ id: 'dashboard.lt.cases' }),
            intl.formatMessage({ id: 'dashboard.lt.ack' }),
            intl.formatMessage({ id: 'dashboard.lt.onTime' }),
            intl.formatMessage({ id: 'dashboard.lt.median' }),
            intl.formatMessage({ id: 'dashboard.lt.p90' }),
            intl.formatMessage({ id: 'dashboard.lt.openLate' }),
          ]}
          rows={all.map((r) => {
            const type = isIdKey(r.key) ? { complaintTypeId: r.key } : {};
            const drillable = r.isTotal || isIdKey(r.key);
            return [
              drillable ? (
                <Link to={dashboardCasesHref(filter, { kind: 'COMPLAINT', ...type })}>{r.label}</Link>
              ) : (
                r.label
              ),
              count(r.cases),
              formatShare(r.acknowledgedInTime, locale),
              formatShare(r.resolvedWithinAgreedDeadline, locale),
              formatNumber(r.medianWorkingDays, locale, 1),
              formatNumber(r.p90WorkingDays, locale, 1),
              r.openPastDeadline ? (
                drillable ? (
                  <Link to={dashboardCasesHref(filter, { kind: 'COMPLAINT', overdue: true, ...type })}>
                    {count(r.openPastDeadline)}
                  </Link>
                ) : (
                  count(r.openPastDeadline)
                )
              ) : (
                count(r.openPastDeadline)
              ),
            ];
          })}
        />
      }
    />
  );
}
