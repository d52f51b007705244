import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import type { MessageId } from '../../i18n/messages';
import { Empty, ErrorState, Loading } from '../../ui/Status';
import { parseCaseListFilter, toCaseFilter } from './case-list-filter';

/** The API's largest page: the drill-down shows the newest cases and says how many there are. */
const PAGE_SIZE = 100;

const CasesRouteQuery = graphql(`
  query CasesRouteQuery($filter: CaseFilter, $first: Int) {
    cases(filter: $filter, first: $first) {
      totalCount
      nodes { id registrationNumber kind status receivedAt complaintType { name nameNl } service { name nameNl } }
    }
  }
`);

/** The cases behind a dashboard figure (drill-down), as far as the viewer may read them. */
export default function CasesRoute() {
  const intl = useIntl();
  const { locale } = useLocale();
  const [params] = useSearchParams();
  const filter = useMemo(() => toCaseFilter(parseCaseListFilter(params)), [params]);
  const { data, loading, error, refetch } = useQuery(CasesRouteQuery, { variables: { filter, first: PAGE_SIZE } });
  const name = (x: { name: string; nameNl: string } | null | undefined) => (x ? (locale === 'nl' ? x.nameNl : x.name) : '—');
  return (
    <>
      <h1>
        <FormattedMessage id="cases.title" /> {data && <span className="badge" data-testid="case-count">{data.cases.totalCount}</span>}
      </h1>
      {loading && !data && <Loading />}
      {error && <ErrorState error={error} retry={() => void refetch()} />}
      {data && data.cases.nodes.length === 0 && <Empty />}
      {data && data.cases.totalCount > data.cases.nodes.length && (
        <p className="note">
          <FormattedMessage id="cases.firstOf" values={{ shown: data.cases.nodes.length, total: data.cases.totalCount }} />
        </p>
      )}
      {data && data.cases.nodes.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col"><FormattedMessage id="case.number" /></th>
                <th scope="col"><FormattedMessage id="dashboard.kind" /></th>
                <th scope="col"><FormattedMessage id="case.status" /></th>
                <th scope="col"><FormattedMessage id="case.received" /></th>
                <th scope="col"><FormattedMessage id="dashboard.complaintType" /></th>
                <th scope="col"><FormattedMessage id="dashboard.service" /></th>
              </tr>
            </thead>
            <tbody>
              {data.cases.nodes.map((c) => (
                <tr key={c.id}>
                  <th scope="row"><Link to={`/cases/${c.id}`}>{c.registrationNumber}</Link></th>
                  <td>{intl.formatMessage({ id: `kind.${c.kind}` })}</td>
                  <td>{intl.formatMessage({ id: `status.${c.status}` as MessageId })}</td>
                  <td>{formatDate(c.receivedAt, locale)}</td>
                  <td>{name(c.complaintType)}</td>
                  <td>{name(c.service)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
