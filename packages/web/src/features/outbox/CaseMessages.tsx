import { FormattedMessage } from 'react-intl';
import { graphql } from '../../gql';
import type { CaseMessages_CaseFragment } from '../../gql/graphql';
import { formatDateTime } from '../../i18n/format';
import { deliveryStatusLabel } from '../../i18n/labels';
import { useLocale } from '../../i18n/LocaleProvider';
import { Label } from './Label';
import { recipientLabel, templateLabel } from './message-labels';

graphql(`
  fragment CaseMessages_case on Case {
    id
    messageDeliveries {
      id
      template
      recipient
      status
      createdAt
      sentAt
    }
  }
`);

/** The messages of a case with how their delivery went (no text, no addresses). */
export function CaseMessages({ c }: { c: CaseMessages_CaseFragment }) {
  const { locale } = useLocale();
  if (c.messageDeliveries.length === 0) return null;
  return (
    <section className="card" aria-labelledby="case-messages">
      <h2 id="case-messages">
        <FormattedMessage id="case.messages" />
      </h2>
      <ul>
        {c.messageDeliveries.map((m) => (
          <li key={m.id} data-testid={`case-message-${m.template}`}>
            <strong>
              <Label id={templateLabel(m.template)} fallback={m.template} />
            </strong>{' '}
            (<Label id={recipientLabel(m.recipient)} fallback={m.recipient} />) ·{' '}
            <FormattedMessage id={deliveryStatusLabel(m.status)} /> · {formatDateTime(m.sentAt ?? m.createdAt, locale)}
          </li>
        ))}
      </ul>
    </section>
  );
}
