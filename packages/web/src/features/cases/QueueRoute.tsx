import { useQuery } from '@apollo/client/react';
import { FormattedMessage } from 'react-intl';
import type { MessageId } from '../../i18n/messages';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Empty, ErrorState, Loading } from '../../ui/Status';

const QueueRouteQuery = graphql(`
  query QueueRouteQuery {
    myQueue(first: 100) {
      totalCount
      nodes {
        id registrationNumber kind status receivedAt resolutionDueAt
        complaintType { name nameNl }
        deadlines { resolution { overdue } }
      }
    }
  }
`);

/** The relationship manager's or handler's open cases, earliest deadline (overdue) first. */
export default function QueueRoute() {
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(QueueRouteQuery, { fetchPolicy: 'network-only' });
  return (
    <>
      <h1>
        <FormattedMessage id="queue.title" />
        {data && <span className="badge"> {data.myQueue.totalCount}</span>}
      </h1>
      {loading && !data && <Loading />}
      {error && <ErrorState error={error} retry={() => void refetch()} />}
      {data && data.myQueue.nodes.length === 0 && <Empty />}
      {data && data.myQueue.nodes.length > 0 && (
        <table className="data-table" data-testid="queue">
          <thead>
            <tr>
              <th scope="col"><FormattedMessage id="case.number" /></th>
              <th scope="col"><FormattedMessage id="intake.kind" /></th>
              <th scope="col"><FormattedMessage id="case.status" /></th>
              <th scope="col"><FormattedMessage id="case.due" /></th>
            </tr>
          </thead>
          <tbody>
            {data.myQueue.nodes.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <Link to={`/cases/${c.id}`}>{c.registrationNumber}</Link>
                </th>
                <td>
                  <FormattedMessage id={`kind.${c.kind}`} />
                  {c.complaintType && ` · ${locale === 'nl' ? c.complaintType.nameNl : c.complaintType.name}`}
                </td>
                <td><FormattedMessage id={`status.${c.status}` as MessageId} /></td>
                <td>
                  {formatDateTime(c.resolutionDueAt, locale)}{' '}
                  {c.deadlines.resolution.overdue && (
                    <span className="badge overdue">
                      <FormattedMessage id="queue.overdue" />
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
