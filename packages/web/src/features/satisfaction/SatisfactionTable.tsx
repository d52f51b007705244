import { useIntl } from 'react-intl';
import { graphql } from '../../gql';
import type { SatisfactionTable_ReportFragment } from '../../gql/graphql';
import { formatNumber, formatShare } from '../../i18n/format';
import { localName } from '../../i18n/local-name';
import { useLocale } from '../../i18n/LocaleProvider';
import { DataTable } from '../../ui/charts/DataTable';
import { Suppressed } from '../dashboard/widgets/cells';

graphql(`
  fragment SatisfactionTable_report on SatisfactionReport {
    asked
    answered
    responseRate
    averageScore
    byService {
      key
      label
      labelNl
      asked
      answered
      responseRate
      averageScore
    }
  }
`);

/**
 * Satisfaction per service with the total on top: asked, answered, response rate and mean score
 * (the dashboard widget and the annual report show the same table). Suppressed cells show "<k".
 */
export function SatisfactionTable({ report, caption }: { report: SatisfactionTable_ReportFragment; caption: string }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const orHidden = (value: number | null | undefined, format: (v: number) => string) =>
    value == null ? <Suppressed /> : format(value);
  const count = (v: number) => formatNumber(v, locale);
  const share = (v: number) => formatShare(v, locale);
  const mean = (v: number) => formatNumber(v, locale, 1);
  const total = [
    intl.formatMessage({ id: 'dashboard.satisfactionTotal' }),
    count(report.asked),
    count(report.answered),
    report.responseRate == null ? '—' : share(report.responseRate),
    report.averageScore != null ? mean(report.averageScore) : report.answered > 0 ? <Suppressed /> : '—',
  ];
  return (
    <DataTable
      caption={caption}
      headers={[
        intl.formatMessage({ id: 'dashboard.service' }),
        intl.formatMessage({ id: 'dashboard.satisfactionAsked' }),
        intl.formatMessage({ id: 'dashboard.satisfactionAnswered' }),
        intl.formatMessage({ id: 'dashboard.satisfactionResponseRate' }),
        intl.formatMessage({ id: 'dashboard.satisfactionAverage' }),
      ]}
      rows={[
        total,
        ...report.byService.map((r) => [
          localName(locale, r),
          orHidden(r.asked, count),
          orHidden(r.answered, count),
          orHidden(r.responseRate, share),
          orHidden(r.averageScore, mean),
        ]),
      ]}
    />
  );
}
