import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { FormattedMessage } from 'react-intl';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { Empty, ErrorState, Loading } from '../../ui/Status';
import { parseCaseListFilter, toCaseFilter } from './case-list-filter';
import { CaseTable } from './CaseTable';

/** The API's largest page: the drill-down shows the newest cases and says how many there are. */
const PAGE_SIZE = 100;

const CasesRouteQuery = graphql(`
  query CasesRouteQuery($filter: CaseFilter, $first: Int) {
    cases(filter: $filter, first: $first) {
      totalCount
      nodes {
        ...CaseTable_case
      }
    }
  }
`);

/** The cases behind a dashboard figure (drill-down), as far as the viewer may read them. */
export default function CasesRoute() {
  const [params] = useSearchParams();
  const filter = useMemo(() => toCaseFilter(parseCaseListFilter(params)), [params]);
  const { data, loading, error, refetch } = useQuery(CasesRouteQuery, { variables: { filter, first: PAGE_SIZE } });
  return (
    <>
      <h1>
        <FormattedMessage id="cases.title" />{' '}
        {data && (
          <span className="badge" data-testid="case-count">
            {data.cases.totalCount}
          </span>
        )}
      </h1>
      {loading && !data && <Loading />}
      {error && <ErrorState error={error} retry={() => void refetch()} />}
      {data && data.cases.nodes.length === 0 && <Empty />}
      {data && data.cases.totalCount > data.cases.nodes.length && (
        <p className="note">
          <FormattedMessage
            id="cases.firstOf"
            values={{ shown: data.cases.nodes.length, total: data.cases.totalCount }}
          />
        </p>
      )}
      {data && data.cases.nodes.length > 0 && (
        <CaseTable cases={data.cases.nodes} columns={['kind', 'status', 'received', 'complaintType', 'service']} />
      )}
    </>
  );
}
