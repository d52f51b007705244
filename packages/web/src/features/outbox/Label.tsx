import { FormattedMessage } from 'react-intl';
import type { MessageId } from '../../i18n/messages';

/** A label from the catalogue, or the raw value when the server sent one this web app has no text for. */
export function Label({ id, fallback }: { id: MessageId | null; fallback: string }) {
  return id ? <FormattedMessage id={id} /> : <>{fallback}</>;
}
