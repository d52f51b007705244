import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../../gql';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { AdminNav } from '../../ui/AdminNav';
import { RecordTable, type RecordColumn } from '../../ui/RecordTable';

const MailboxRouteQuery = graphql(`
  query MailboxRouteQuery {
    devMailbox(first: 100) {
      id
      recipients
      subject
      text
      html
      deliveredAt
    }
  }
`);

/**
 * The dev mailbox: in development without SMTP the relay delivers here, so the demo's
 * acknowledgements, notices and outcomes can be read. The HTML part is shown in a sandboxed frame
 * (no scripts, no same-origin access).
 */
export default function MailboxRoute() {
  const { data, loading, error, refetch } = useQuery(MailboxRouteQuery);
  const [openId, setOpenId] = useState<string | null>(null);
  const { locale } = useLocale();
  const intl = useIntl();
  type Row = NonNullable<typeof data>['devMailbox'][number];
  const open = data?.devMailbox.find((mail) => mail.id === openId) ?? null;

  const columns: ReadonlyArray<RecordColumn<Row>> = [
    { label: 'mailbox.deliveredAt', cell: (m) => formatDateTime(m.deliveredAt, locale) },
    { label: 'mailbox.to', cell: (m) => m.recipients },
    {
      label: 'mailbox.subject',
      cell: (m) => (
        <button type="button" className="link" onClick={() => setOpenId(m.id)} data-testid="mailbox-open">
          {m.subject}
        </button>
      ),
    },
  ];

  return (
    <section>
      <AdminNav />
      <h1>
        <FormattedMessage id="manage.mailbox" />
      </h1>
      <p>
        <FormattedMessage id="mailbox.intro" />
      </p>
      <RecordTable
        rows={data?.devMailbox}
        loading={loading}
        error={error}
        retry={() => void refetch()}
        columns={columns}
      />
      {open && (
        <article className="card" aria-labelledby="mailbox-subject" data-testid="mailbox-message">
          <h2 id="mailbox-subject">{open.subject}</h2>
          <h3>
            <FormattedMessage id="mailbox.text" />
          </h3>
          <pre className="mail-text">{open.text}</pre>
          <h3>
            <FormattedMessage id="mailbox.html" />
          </h3>
          <iframe
            title={intl.formatMessage({ id: 'mailbox.html' })}
            sandbox=""
            srcDoc={open.html}
            style={{ width: '100%', minHeight: '16rem' }}
          />
        </article>
      )}
    </section>
  );
}
