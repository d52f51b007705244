import { useQuery } from '@apollo/client/react';
import { amsterdamDate } from '@klankbord/domain';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../../gql';
import { formatShare } from '../../i18n/format';
import { localName } from '../../i18n/local-name';
import { useLocale } from '../../i18n/LocaleProvider';
import { DataTable } from '../../ui/charts/DataTable';
import { downloadCsv } from '../../ui/download-csv';
import { ErrorState, Loading } from '../../ui/Status';
import { SatisfactionTables } from '../satisfaction/SatisfactionTables';

const AnnualReportRouteQuery = graphql(`
  query AnnualReportRouteQuery($year: Int!) {
    annualReport(year: $year) {
      year
      complaints
      suggestions
      compliments
      outcomes {
        csv
        complaints {
          outcome
          count
        }
        complaintsUndecided
        suggestionsAdopted
        suggestionsDeclined
      }
      timeliness {
        csv
        total {
          cases
          acknowledgedInTime
          resolvedWithinOriginalDeadline
          resolvedWithinAgreedDeadline
          extensions
          extensionsInformedInTime
          medianWorkingDays
        }
        rows {
          label
          cases
          resolvedWithinAgreedDeadline
          medianWorkingDays
        }
      }
      measures {
        title
        complaintType
        status
        implementedOn
        effect
      }
      satisfaction {
        csv
        ...SatisfactionTables_report
      }
      complimentsByService {
        csv
        byService {
          label
          labelNl
          compliments
          complaints
        }
      }
    }
  }
`);

/** The complaints annual report of a year, printable (print stylesheet) with CSV per table. */
export default function AnnualReportRoute() {
  const intl = useIntl();
  const { locale } = useLocale();
  // Last year in Amsterdam, not in the browser's zone: on 31 December at 23:30 UTC it is already New Year there.
  const [year, setYear] = useState(() => Number(amsterdamDate(new Date()).slice(0, 4)) - 1);
  const { data, loading, error, refetch } = useQuery(AnnualReportRouteQuery, { variables: { year } });
  const report = data?.annualReport;
  return (
    <>
      <h1>
        <FormattedMessage id="annual.title" values={{ year }} />
      </h1>
      <p className="no-print">
        <label>
          <FormattedMessage id="annual.year" />{' '}
          <input
            type="number"
            value={year}
            min={2000}
            max={2200}
            onChange={(e) => setYear(Number(e.target.value))}
            style={{ width: '8rem' }}
          />
        </label>{' '}
        <button type="button" onClick={() => window.print()}>
          <FormattedMessage id="annual.print" />
        </button>
      </p>
      {loading && !report && <Loading />}
      {error && <ErrorState error={error} retry={() => void refetch()} />}
      {report && (
        <>
          <section className="card">
            <DataTable
              caption={intl.formatMessage({ id: 'annual.volumes' })}
              headers={['', 'n']}
              rows={[
                [intl.formatMessage({ id: 'kind.COMPLAINT' }), report.complaints],
                [intl.formatMessage({ id: 'kind.SUGGESTION' }), report.suggestions],
                [intl.formatMessage({ id: 'kind.COMPLIMENT' }), report.compliments],
              ]}
            />
          </section>
          <section className="card">
            <DataTable
              caption={intl.formatMessage({ id: 'dashboard.outcomes' })}
              headers={['', 'n']}
              rows={report.outcomes.complaints.map((o) => [o.outcome, o.count])}
            />
            <button
              type="button"
              className="no-print"
              onClick={() => downloadCsv(report.outcomes.csv, `outcomes-${year}.csv`)}
            >
              <FormattedMessage id="dashboard.csv" />
            </button>
          </section>
          <section className="card">
            <DataTable
              caption={intl.formatMessage({ id: 'annual.timeliness' })}
              headers={['', 'n', intl.formatMessage({ id: 'annual.onTime' }), 'p50']}
              rows={[report.timeliness.total, ...report.timeliness.rows].map((r) => [
                'label' in r ? r.label : intl.formatMessage({ id: 'dashboard.total' }),
                r.cases ?? '<k',
                formatShare(r.resolvedWithinAgreedDeadline, locale),
                r.medianWorkingDays ?? '—',
              ])}
            />
            <p>
              <FormattedMessage
                id="annual.extensions"
                values={{
                  count: report.timeliness.total.extensions ?? 0,
                  share: formatShare(report.timeliness.total.extensionsInformedInTime, locale),
                }}
              />
            </p>
            <button
              type="button"
              className="no-print"
              onClick={() => downloadCsv(report.timeliness.csv, `timeliness-${year}.csv`)}
            >
              <FormattedMessage id="dashboard.csv" />
            </button>
          </section>
          <section className="card">
            <DataTable
              caption={intl.formatMessage({ id: 'measures.title' })}
              headers={['', '', '', '']}
              rows={report.measures.map((m) => [m.title, m.complaintType, m.status, m.effect ?? '—'])}
            />
          </section>
          <section className="card">
            <DataTable
              caption={intl.formatMessage({ id: 'dashboard.complimentsVsComplaints' })}
              headers={[
                '',
                intl.formatMessage({ id: 'kind.COMPLIMENT' }),
                intl.formatMessage({ id: 'kind.COMPLAINT' }),
              ]}
              rows={report.complimentsByService.byService.map((r) => [
                localName(locale, r),
                r.compliments ?? '<k',
                r.complaints ?? '<k',
              ])}
            />
          </section>
          <section className="card">
            <h2>
              <FormattedMessage id="annual.satisfaction" />
            </h2>
            <SatisfactionTables report={report.satisfaction} bucket="MONTH" />
            <button
              type="button"
              className="no-print"
              onClick={() => downloadCsv(report.satisfaction.csv, `satisfaction-${year}.csv`)}
            >
              <FormattedMessage id="dashboard.csv" />
            </button>
          </section>
        </>
      )}
    </>
  );
}
