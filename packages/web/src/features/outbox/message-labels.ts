import type { MessageId } from '../../i18n/messages';

/** The outbox's templates and recipients (the server's `OUTBOX_TEMPLATES`, `MESSAGE_RECIPIENTS`). */
const TEMPLATE_LABELS = {
  ACKNOWLEDGEMENT: 'messageTemplate.ACKNOWLEDGEMENT',
  EXTENSION_NOTICE: 'messageTemplate.EXTENSION_NOTICE',
  OUTCOME: 'messageTemplate.OUTCOME',
  MEASURE_COMMUNICATED: 'messageTemplate.MEASURE_COMMUNICATED',
} as const satisfies Record<string, MessageId>;

const RECIPIENT_LABELS = {
  SUBMITTER: 'messageRecipient.SUBMITTER',
  RELATIONSHIP_MANAGERS: 'messageRecipient.RELATIONSHIP_MANAGERS',
} as const satisfies Record<string, MessageId>;

const lookup = <T extends Record<string, MessageId>>(labels: T, value: string): MessageId | null =>
  Object.hasOwn(labels, value) ? labels[value as keyof T]! : null;

/** The label of a message template ("Ontvangstbevestiging"); null for one this web app does not know yet. */
export const templateLabel = (template: string): MessageId | null => lookup(TEMPLATE_LABELS, template);

/** Who a message went to, as a role ("Indiener"). */
export const recipientLabel = (recipient: string): MessageId | null => lookup(RECIPIENT_LABELS, recipient);
