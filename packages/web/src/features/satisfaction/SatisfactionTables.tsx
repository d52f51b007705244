import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../../gql';
import type { SatisfactionTables_ReportFragment } from '../../gql/graphql';
import { formatBucket, formatNumber, formatShare } from '../../i18n/format';
import { localName } from '../../i18n/local-name';
import { useLocale } from '../../i18n/LocaleProvider';
import type { MessageId } from '../../i18n/messages';
import { DataTable } from '../../ui/charts/DataTable';
import { Suppressed } from '../dashboard/widgets/cells';

graphql(`
  fragment SatisfactionTables_row on SatisfactionRow {
    key
    label
    labelNl
    asked
    answered
    responseRate
    averageScore
  }
`);

graphql(`
  fragment SatisfactionTables_report on SatisfactionReport {
    buckets
    askedByBucket
    answeredByBucket
    averageByBucket
    asked
    answered
    responseRate
    averageScore
    byService {
      ...SatisfactionTables_row
    }
    byComplaintType {
      ...SatisfactionTables_row
    }
  }
`);

/**
 * Satisfaction in three tables — per service and per complaint type (with the total on top), and
 * per period: asked, answered, response rate and mean score. The dashboard widget and the annual
 * report show the same tables. Suppressed cells show "<k".
 */
export function SatisfactionTables({
  report,
  bucket,
}: {
  report: SatisfactionTables_ReportFragment;
  /** The bucket of `report.buckets` (WEEK, MONTH, QUARTER, YEAR), for their names. */
  bucket: string;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  const count = (v: number) => formatNumber(v, locale);
  const share = (v: number) => formatShare(v, locale);
  const mean = (v: number) => formatNumber(v, locale, 1);
  /** A figure, "<k" where the server suppressed it, "—" where there is none. */
  const shown = (value: number | null | undefined, format: (v: number) => string, suppressed: boolean): ReactNode =>
    value != null ? format(value) : suppressed ? <Suppressed /> : '—';
  const headers = (first: MessageId) =>
    (
      [
        first,
        'dashboard.satisfactionAsked',
        'dashboard.satisfactionAnswered',
        'dashboard.satisfactionResponseRate',
        'dashboard.satisfactionAverage',
      ] satisfies MessageId[]
    ).map((id) => intl.formatMessage({ id }));
  const total = [
    intl.formatMessage({ id: 'dashboard.satisfactionTotal' }),
    count(report.asked),
    count(report.answered),
    shown(report.responseRate, share, false),
    shown(report.averageScore, mean, report.answered > 0),
  ];
  const breakdown = (rows: SatisfactionTables_ReportFragment['byService']) => [
    total,
    ...rows.map((r) => [
      localName(locale, r),
      shown(r.asked, count, true),
      shown(r.answered, count, true),
      shown(r.responseRate, share, r.asked == null || r.answered == null),
      shown(r.averageScore, mean, r.answered !== 0),
    ]),
  ];
  return (
    <>
      <DataTable
        caption={intl.formatMessage({ id: 'satisfaction.perService' })}
        headers={headers('dashboard.service')}
        rows={breakdown(report.byService)}
      />
      <DataTable
        caption={intl.formatMessage({ id: 'satisfaction.perComplaintType' })}
        headers={headers('dashboard.complaintType')}
        rows={breakdown(report.byComplaintType)}
      />
      <DataTable
        caption={intl.formatMessage({ id: 'satisfaction.perPeriod' })}
        headers={headers('satisfaction.period')}
        rows={report.buckets.map((start, i) => {
          const asked = report.askedByBucket[i] ?? 0;
          const answered = report.answeredByBucket[i] ?? 0;
          return [
            formatBucket(start, bucket, locale),
            count(asked),
            count(answered),
            asked === 0 ? '—' : share(answered / asked),
            shown(report.averageByBucket[i], mean, answered > 0),
          ];
        })}
      />
    </>
  );
}
