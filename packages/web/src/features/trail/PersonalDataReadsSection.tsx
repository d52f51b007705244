import { useQuery } from '@apollo/client/react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Pager } from '../../ui/Pager';
import { Empty, ErrorState, Loading } from '../../ui/Status';
import { useCursorPages } from '../../ui/useCursorPages';

const PAGE_SIZE = 25;

const PersonalDataReadsSectionQuery = graphql(`
  query PersonalDataReadsSectionQuery($first: Int!, $after: String, $caseId: ID, $personId: ID, $apiKeyId: ID) {
    personalDataReads(first: $first, after: $after, caseId: $caseId, personId: $personId, apiKeyId: $apiKeyId) {
      nodes {
        id
        readAt
        readerApiKeyId
        readerApiKeyName
        reader {
          id
          displayName
        }
        case {
          id
          registrationNumber
        }
      }
      endCursor
      hasNextPage
    }
  }
`);

/** What the reads are narrowed to, with what to show for it; kept in the URL by the route. */
export interface ReadsFilter {
  by: 'case' | 'person' | 'apiKey';
  id: string;
  label: string;
}

/**
 * Who read which case's personal data, newest first, paged. A case, person or API key in the list
 * narrows it to that one; the filter says what it is narrowed to and clears with one click.
 */
export function PersonalDataReadsSection({
  filter,
  onFilter,
}: {
  filter: ReadsFilter | null;
  onFilter: (filter: ReadsFilter | null) => void;
}) {
  const pages = useCursorPages();
  const { data, loading, error, refetch } = useQuery(PersonalDataReadsSectionQuery, {
    variables: {
      first: PAGE_SIZE,
      after: pages.after,
      caseId: filter?.by === 'case' ? filter.id : null,
      personId: filter?.by === 'person' ? filter.id : null,
      apiKeyId: filter?.by === 'apiKey' ? filter.id : null,
    },
    fetchPolicy: 'network-only',
  });
  const { locale } = useLocale();
  const narrow = (next: ReadsFilter | null) => {
    pages.reset();
    onFilter(next);
  };
  const reads = data?.personalDataReads;
  return (
    <section aria-labelledby="trail-reads">
      <h2 id="trail-reads">
        <FormattedMessage id="manage.trailReads" />
      </h2>
      <p className="help">
        <FormattedMessage id="manage.trailReadsHelp" />
      </p>
      {filter && (
        <p role="status" aria-label="reads filter">
          <FormattedMessage id="manage.trailOnly" values={{ what: filter.label }} />{' '}
          <button type="button" className="link" onClick={() => narrow(null)}>
            <FormattedMessage id="manage.trailShowAll" />
          </button>
        </p>
      )}
      {loading && !reads ? (
        <Loading />
      ) : error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : !reads?.nodes.length ? (
        <Empty />
      ) : (
        <>
          <table aria-label="personal data reads">
            <thead>
              <tr>
                <th>
                  <FormattedMessage id="manage.trailWhen" />
                </th>
                <th>
                  <FormattedMessage id="manage.trailWho" />
                </th>
                <th>
                  <FormattedMessage id="manage.trailCase" />
                </th>
              </tr>
            </thead>
            <tbody>
              {reads.nodes.map((read) => {
                const who: ReadsFilter | null = read.reader
                  ? { by: 'person', id: read.reader.id, label: read.reader.displayName ?? read.reader.id }
                  : read.readerApiKeyId
                    ? { by: 'apiKey', id: read.readerApiKeyId, label: read.readerApiKeyName ?? read.readerApiKeyId }
                    : null;
                return (
                  <tr key={read.id}>
                    <td>{formatDateTime(read.readAt, locale)}</td>
                    <td>
                      {who ? (
                        <button type="button" className="link" onClick={() => narrow(who)}>
                          {who.by === 'apiKey' ? (
                            <FormattedMessage id="manage.trailApiKey" values={{ name: who.label }} />
                          ) : (
                            who.label
                          )}
                        </button>
                      ) : (
                        <FormattedMessage id="manage.trailUnknown" />
                      )}
                    </td>
                    <td>
                      <Link to={`/cases/${read.case.id}`}>{read.case.registrationNumber}</Link>{' '}
                      <button
                        type="button"
                        className="link"
                        onClick={() => narrow({ by: 'case', id: read.case.id, label: read.case.registrationNumber })}
                      >
                        <FormattedMessage id="manage.trailOnlyThisCase" />
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Pager pages={pages} endCursor={reads.endCursor} hasNextPage={reads.hasNextPage} />
        </>
      )}
    </section>
  );
}
