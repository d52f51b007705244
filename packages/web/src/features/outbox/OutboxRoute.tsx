import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import type { DeliveryStatus } from '../../gql/graphql';
import { formatDateTime } from '../../i18n/format';
import { deliveryStatusLabel } from '../../i18n/labels';
import { useLocale } from '../../i18n/LocaleProvider';
import { AdminNav } from '../../ui/AdminNav';
import { FormProblems } from '../../ui/forms/FormProblems';
import { RecordTable, type RecordColumn } from '../../ui/RecordTable';
import { Label } from './Label';
import { recipientLabel, templateLabel } from './message-labels';
import { useResendMessageMutation } from './useResendMessageMutation';

graphql(`
  fragment OutboxRow_message on OutboxMessage {
    id
    caseId
    registrationNumber
    template
    recipient
    status
    attempts
    createdAt
    sentAt
    lastError
  }
`);

const OutboxRouteQuery = graphql(`
  query OutboxRouteQuery($status: DeliveryStatus) {
    outboxMessages(status: $status, first: 200) {
      ...OutboxRow_message
    }
  }
`);

/** Every state, in the order a message goes through them (a state the server adds fails the type check). */
const STATUS_ORDER: Record<DeliveryStatus, number> = { QUEUED: 1, RETRYING: 2, SENT: 3, DEAD: 4 };
const STATUSES = (Object.keys(STATUS_ORDER) as DeliveryStatus[]).sort((a, b) => STATUS_ORDER[a] - STATUS_ORDER[b]);
const asStatus = (value: string | null): DeliveryStatus | null => STATUSES.find((status) => status === value) ?? null;

/** The outbox: every message with its delivery state, filtered by state (in the URL), with a resend. */
export default function OutboxRoute() {
  const [params, setParams] = useSearchParams();
  const status = asStatus(params.get('status'));
  const { data, loading, error, refetch } = useQuery(OutboxRouteQuery, { variables: { status } });
  const resend = useResendMessageMutation();
  const { locale } = useLocale();
  const intl = useIntl();
  type Row = NonNullable<typeof data>['outboxMessages'][number];
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, locale) : '—');

  const columns: ReadonlyArray<RecordColumn<Row>> = [
    { label: 'outbox.created', cell: (m) => when(m.createdAt) },
    {
      label: 'outbox.case',
      cell: (m) => (m.caseId ? <Link to={`/cases/${m.caseId}`}>{m.registrationNumber}</Link> : '—'),
    },
    { label: 'outbox.template', cell: (m) => <Label id={templateLabel(m.template)} fallback={m.template} /> },
    { label: 'outbox.recipient', cell: (m) => <Label id={recipientLabel(m.recipient)} fallback={m.recipient} /> },
    {
      label: 'outbox.status',
      cell: (m) => (
        <span data-testid={`message-status-${m.id}`}>
          <FormattedMessage id={deliveryStatusLabel(m.status)} />
        </span>
      ),
    },
    { label: 'outbox.attempts', cell: (m) => m.attempts },
    { label: 'outbox.sentAt', cell: (m) => when(m.sentAt) },
    { label: 'outbox.lastError', cell: (m) => (m.lastError ? <code>{m.lastError}</code> : '—') },
    {
      label: 'outbox.resend',
      cell: (m) =>
        m.status === 'SENT' || m.status === 'DEAD' ? (
          <button type="button" className="link" disabled={resend.loading} onClick={() => void resend.perform(m.id)}>
            <FormattedMessage id="outbox.resend" />
          </button>
        ) : null,
    },
  ];

  return (
    <section>
      <AdminNav />
      <h1>
        <FormattedMessage id="manage.messages" />
      </h1>
      <p>
        <FormattedMessage id="outbox.intro" />
      </p>
      <label>
        <FormattedMessage id="outbox.status" />{' '}
        <select
          value={status ?? ''}
          onChange={(event) => {
            const next = asStatus(event.target.value);
            setParams(next ? { status: next } : {});
          }}
        >
          <option value="">{intl.formatMessage({ id: 'outbox.allStatuses' })}</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {intl.formatMessage({ id: deliveryStatusLabel(value) })}
            </option>
          ))}
        </select>
      </label>
      <FormProblems errors={resend.errors} />
      {resend.resentId && (
        <p role="status">
          <FormattedMessage id="outbox.resent" />
        </p>
      )}
      <RecordTable
        rows={data?.outboxMessages}
        loading={loading}
        error={error}
        retry={() => void refetch()}
        columns={columns}
      />
    </section>
  );
}
