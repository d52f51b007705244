import { FormattedMessage } from 'react-intl';
import { graphql } from '../../gql';
import type { MessageDeliveries_DeliveryFragment } from '../../gql/graphql';
import { formatDateTime } from '../../i18n/format';
import { deliveryStatusLabel } from '../../i18n/labels';
import { useLocale } from '../../i18n/LocaleProvider';
import { Label } from './Label';
import { recipientLabel, templateLabel } from './message-labels';

graphql(`
  fragment MessageDeliveries_delivery on MessageDelivery {
    id
    template
    recipient
    status
    createdAt
    sentAt
  }
`);

/**
 * The messages of a case or a measure with how their delivery went (no text, no addresses): on the
 * case page for whoever reads the case, on a measure's page for the relationship managers (step 5).
 */
export function MessageDeliveries({ deliveries }: { deliveries: readonly MessageDeliveries_DeliveryFragment[] }) {
  const { locale } = useLocale();
  if (deliveries.length === 0) return null;
  return (
    <section className="card" aria-labelledby="message-deliveries">
      <h2 id="message-deliveries">
        <FormattedMessage id="case.messages" />
      </h2>
      <ul>
        {deliveries.map((m) => (
          <li key={m.id} data-testid={`message-${m.template}`}>
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
