import { useQuery } from '@apollo/client/react';
import { FormattedMessage } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import type { CaseKind } from '../../gql/graphql';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Empty, ErrorState, Loading } from '../../ui/Status';

const CasesRouteQuery = graphql(`
  query CasesRouteQuery($filter: CaseFilter) {
    cases(filter: $filter, first: 100) {
      totalCount
      nodes { id registrationNumber kind status receivedAt complaintType { name nameNl } service { name nameNl } }
    }
  }
`);

/** The cases behind a dashboard figure (drill-down), as far as the viewer may read them. */
export default function CasesRoute() {
  const { locale } = useLocale();
  const [params] = useSearchParams();
  const filter = {
    receivedFrom: params.get('from'),
    receivedTo: params.get('to'),
    complaintTypeId: params.get('complaintTypeId'),
    serviceId: params.get('serviceId'),
    kind: params.get('kind') as CaseKind | null,
  };
  const { data, loading, error, refetch } = useQuery(CasesRouteQuery, { variables: { filter } });
  return (
    <>
      <h1>{locale === 'nl' ? 'Meldingen' : 'Cases'} {data && <span className="badge">{data.cases.totalCount}</span>}</h1>
      {loading && !data && <Loading />}
      {error && <ErrorState error={error} retry={() => void refetch()} />}
      {data && data.cases.nodes.length === 0 && <Empty />}
      {data && data.cases.nodes.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col"><FormattedMessage id="case.number" /></th>
              <th scope="col"><FormattedMessage id="case.status" /></th>
              <th scope="col"><FormattedMessage id="case.received" /></th>
              <th scope="col"><FormattedMessage id="intake.complaintType" /></th>
            </tr>
          </thead>
          <tbody>
            {data.cases.nodes.map((c) => (
              <tr key={c.id}>
                <th scope="row"><Link to={`/cases/${c.id}`}>{c.registrationNumber}</Link></th>
                <td>{c.status.toLowerCase().replaceAll('_', ' ')}</td>
                <td>{formatDate(c.receivedAt, locale)}</td>
                <td>{c.complaintType ? (locale === 'nl' ? c.complaintType.nameNl : c.complaintType.name) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
