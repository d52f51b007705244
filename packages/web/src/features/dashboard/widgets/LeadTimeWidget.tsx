import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { formatNumber, formatShare } from '../../../i18n/format';
import { useLocale } from '../../../i18n/LocaleProvider';
import { ChartCard } from '../../../ui/charts/ChartCard';
import { DataTable } from '../../../ui/charts/DataTable';
import { dashboardCasesHref, type DashboardFilter } from '../filters';
import { useLeadTimeData } from '../useDashboardData';
import { isIdKey, Suppressed } from './cells';

/** Lead-time performance of complaints per type: timeliness, lead times, and what is open too long. */
export function LeadTimeWidget({ filter }: { filter: DashboardFilter }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const { report, rows, state } = useLeadTimeData(filter, locale);
  const title = intl.formatMessage({ id: 'dashboard.leadTime' });
  const total = report?.total;
  const all = [
    ...(total ? [{ ...total, key: null, label: intl.formatMessage({ id: 'dashboard.total' }), isTotal: true }] : []),
    ...(rows ?? []).map((r) => ({ ...r, label: r.label ?? intl.formatMessage({ id: 'dashboard.notSet' }), isTotal: false })),
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
        intl.formatMessage({ id: 'dashboard.extensions' }, { count: formatNumber(total.extensions ?? 0, locale), share: formatShare(total.extensionsInformedInTime, locale) })
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
              drillable ? <Link to={dashboardCasesHref(filter, { kind: 'COMPLAINT', ...type })}>{r.label}</Link> : r.label,
              count(r.cases),
              formatShare(r.acknowledgedInTime, locale),
              formatShare(r.resolvedWithinAgreedDeadline, locale),
              formatNumber(r.medianWorkingDays, locale, 1),
              formatNumber(r.p90WorkingDays, locale, 1),
              r.openPastDeadline ? (
                drillable ? <Link to={dashboardCasesHref(filter, { kind: 'COMPLAINT', overdue: true, ...type })}>{count(r.openPastDeadline)}</Link> : count(r.openPastDeadline)
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
