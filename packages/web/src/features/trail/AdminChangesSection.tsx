import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../../gql';
import type { AdminEntityType } from '../../gql/graphql';
import { formatDateTime } from '../../i18n/format';
import { adminActionLabel, adminEntityLabel } from '../../i18n/labels';
import { useLocale } from '../../i18n/LocaleProvider';
import { RecordTable } from '../../ui/RecordTable';
import { useCursorPages } from '../../ui/useCursorPages';

/**
 * The kinds of thing the trail can be narrowed to, in the order the administration menu lists them:
 * the schema's every kind, each with its place (a kind the server adds fails the type check here).
 */
const ENTITY_TYPE_ORDER: Record<AdminEntityType, number> = {
  SERVICE: 1,
  COMPLAINT_TYPE: 2,
  ORGANISATION_UNIT: 3,
  PERSON: 4,
  CLOSURE_DAY: 5,
  SETTINGS: 6,
  API_KEY: 7,
  OUTBOX_MESSAGE: 8,
  WEBHOOK_ENDPOINT: 9,
};
const ENTITY_TYPES = (Object.keys(ENTITY_TYPE_ORDER) as AdminEntityType[]).sort(
  (a, b) => ENTITY_TYPE_ORDER[a] - ENTITY_TYPE_ORDER[b],
);

/** A kind of thing from text (the URL), or null for anything the trail does not know. */
export const asAdminEntityType = (value: string | null): AdminEntityType | null =>
  ENTITY_TYPES.find((t) => t === value) ?? null;

const PAGE_SIZE = 25;

const AdminChangesSectionQuery = graphql(`
  query AdminChangesSectionQuery($first: Int!, $after: String, $entityType: AdminEntityType) {
    adminEvents(first: $first, after: $after, entityType: $entityType) {
      nodes {
        id
        occurredAt
        channel
        entityType
        entityId
        action
        actor {
          id
          displayName
        }
        changes {
          field
          from
          to
        }
      }
      endCursor
      hasNextPage
    }
  }
`);

/** Administrative changes, newest first, paged, narrowed to one kind of thing when asked (the URL keeps it). */
export function AdminChangesSection({
  entityType,
  onEntityType,
}: {
  entityType: AdminEntityType | null;
  onEntityType: (entityType: AdminEntityType | null) => void;
}) {
  const pages = useCursorPages();
  const { data, loading, error, refetch } = useQuery(AdminChangesSectionQuery, {
    variables: { first: PAGE_SIZE, after: pages.after, entityType },
    fetchPolicy: 'network-only',
  });
  const { locale } = useLocale();
  const intl = useIntl();
  const events = data?.adminEvents;
  return (
    <section aria-labelledby="trail-changes">
      <h2 id="trail-changes">
        <FormattedMessage id="manage.trailChanges" />
      </h2>
      <label>
        <FormattedMessage id="manage.trailSubject" />{' '}
        <select
          value={entityType ?? ''}
          onChange={(e) => {
            pages.reset();
            onEntityType(asAdminEntityType(e.target.value));
          }}
        >
          <option value="">{intl.formatMessage({ id: 'manage.trailEverything' })}</option>
          {ENTITY_TYPES.map((t) => (
            <option key={t} value={t}>
              {intl.formatMessage({ id: adminEntityLabel(t) })}
            </option>
          ))}
        </select>
      </label>
      <RecordTable
        label="administrative changes"
        rows={events?.nodes}
        loading={loading}
        error={error}
        retry={() => void refetch()}
        paging={events && { pages, endCursor: events.endCursor, hasNextPage: events.hasNextPage }}
        columns={[
          { label: 'manage.trailWhen', cell: (event) => formatDateTime(event.occurredAt, locale) },
          {
            label: 'manage.trailWho',
            cell: (event) =>
              event.actor?.displayName ?? (
                <FormattedMessage
                  id={event.channel === 'COMMAND_LINE' ? 'manage.trailCommandLine' : 'manage.trailUnknown'}
                />
              ),
          },
          {
            label: 'manage.trailWhat',
            cell: (event) => (
              <>
                <FormattedMessage id={adminEntityLabel(event.entityType)} /> <code>{event.entityId}</code>{' '}
                <FormattedMessage id={adminActionLabel(event.action)} />
              </>
            ),
          },
          {
            label: 'manage.trailFields',
            cell: (event) => (
              <ul className="plain">
                {event.changes.map((change) => (
                  <li key={change.field}>
                    <code>{change.field}</code>: {change.from ?? '—'} → {change.to ?? '—'}
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </section>
  );
}
