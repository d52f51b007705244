import { useQuery } from '@apollo/client/react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { PersonalDataReadsSectionQueryQuery } from '../../gql/graphql';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { RecordTable } from '../../ui/RecordTable';
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

type Read = NonNullable<PersonalDataReadsSectionQueryQuery['personalDataReads']>['nodes'][number];

/** The filter a read's reader narrows the list to: the person, or the API key; null if neither is known. */
function readerFilter(read: Read): ReadsFilter | null {
  if (read.reader) return { by: 'person', id: read.reader.id, label: read.reader.displayName ?? read.reader.id };
  if (read.readerApiKeyId) {
    return { by: 'apiKey', id: read.readerApiKeyId, label: read.readerApiKeyName ?? read.readerApiKeyId };
  }
  return null;
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
      <RecordTable
        label="personal data reads"
        rows={reads?.nodes}
        loading={loading}
        error={error}
        retry={() => void refetch()}
        paging={reads && { pages, endCursor: reads.endCursor, hasNextPage: reads.hasNextPage }}
        columns={[
          { label: 'manage.trailWhen', cell: (read) => formatDateTime(read.readAt, locale) },
          {
            label: 'manage.trailWho',
            cell: (read) => {
              const who = readerFilter(read);
              return who ? (
                <button type="button" className="link" onClick={() => narrow(who)}>
                  {who.by === 'apiKey' ? (
                    <FormattedMessage id="manage.trailApiKey" values={{ name: who.label }} />
                  ) : (
                    who.label
                  )}
                </button>
              ) : (
                <FormattedMessage id="manage.trailUnknown" />
              );
            },
          },
          {
            label: 'manage.trailCase',
            cell: (read) => (
              <>
                <Link to={`/cases/${read.case.id}`}>{read.case.registrationNumber}</Link>{' '}
                <button
                  type="button"
                  className="link"
                  onClick={() => narrow({ by: 'case', id: read.case.id, label: read.case.registrationNumber })}
                >
                  <FormattedMessage id="manage.trailOnlyThisCase" />
                </button>
              </>
            ),
          },
        ]}
      />
    </section>
  );
}
