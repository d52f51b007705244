import { useQuery } from '@apollo/client/react';
import { FormattedMessage } from 'react-intl';
import { graphql } from '../../gql';
import { Empty, ErrorState, Loading } from '../../ui/Status';
import { CaseTable } from './CaseTable';

const QueueRouteQuery = graphql(`
  query QueueRouteQuery {
    myQueue(first: 100) {
      totalCount
      nodes {
        ...CaseTable_case
        deadlines {
          resolution {
            overdue
          }
        }
      }
    }
  }
`);

/** The relationship manager's or handler's open cases, earliest deadline (overdue) first. */
export default function QueueRoute() {
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
        <CaseTable
          cases={data.myQueue.nodes}
          columns={['kind', 'complaintType', 'status', 'due']}
          overdueIds={new Set(data.myQueue.nodes.filter((c) => c.deadlines.resolution.overdue).map((c) => c.id))}
          testId="queue"
        />
      )}
    </>
  );
}
