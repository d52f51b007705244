import { useQuery } from '@apollo/client/react';
import { FormattedMessage } from 'react-intl';
import { graphql } from '../../gql';
import { Empty, ErrorState, Loading } from '../../ui/Status';
import { CaseTable } from '../cases/CaseTable';

const MySubmissionsRouteQuery = graphql(`
  query MySubmissionsRouteQuery {
    myCases {
      ...CaseTable_case
    }
  }
`);

/** A submitter's own cases and where they stand. */
export default function MySubmissionsRoute() {
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
        <CaseTable cases={data.myCases} columns={['kind', 'status', 'received', 'due']} />
      )}
    </>
  );
}
