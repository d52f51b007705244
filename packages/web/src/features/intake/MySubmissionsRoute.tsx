import { useQuery } from '@apollo/client/react';
import { FormattedMessage } from 'react-intl';
import type { MessageId } from '../../i18n/messages';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Empty, ErrorState, Loading } from '../../ui/Status';

const MySubmissionsRouteQuery = graphql(`
  query MySubmissionsRouteQuery {
    myCases { id registrationNumber kind status receivedAt resolutionDueAt }
  }
`);

/** A submitter's own cases and where they stand. */
export default function MySubmissionsRoute() {
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(MySubmissionsRouteQuery);
  return (
    <>
      <h1>
        <FormattedMessage id="mine.title" />
      </h1>
      {loading && !data && <Loading />}
      {error && <ErrorState error={error} retry={() => void refetch()} />}
      {data && data.myCases.length === 0 && <Empty />}
      {data && data.myCases.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col"><FormattedMessage id="case.number" /></th>
              <th scope="col"><FormattedMessage id="intake.kind" /></th>
              <th scope="col"><FormattedMessage id="case.status" /></th>
              <th scope="col"><FormattedMessage id="case.received" /></th>
            </tr>
          </thead>
          <tbody>
            {data.myCases.map((c) => (
              <tr key={c.id}>
                <th scope="row"><Link to={`/cases/${c.id}`}>{c.registrationNumber}</Link></th>
                <td><FormattedMessage id={`kind.${c.kind}`} /></td>
                <td><FormattedMessage id={`status.${c.status}` as MessageId} /></td>
                <td>{formatDate(c.receivedAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
