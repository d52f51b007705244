import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DeliveryStatus, type OutboxMessage } from './outbox-message.entity.js';

/**
 * A message of a case as anyone who may read the case sees it: what was sent to whom (by role,
 * never an address) and how its delivery went — not its text, which only staff handling the case
 * read (`Case.messages`).
 */
@ObjectType({ description: 'A message of a case and how its delivery went (no text, no addresses).' })
export class MessageDelivery {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'ACKNOWLEDGEMENT, EXTENSION_NOTICE, OUTCOME or MEASURE_COMMUNICATED.' })
  template!: string;

  @Field(() => String, { description: 'SUBMITTER or RELATIONSHIP_MANAGERS.' })
  recipient!: string;

  @Field(() => String, { description: 'Language: nl or en.' })
  locale!: string;

  @Field(() => DeliveryStatus, { description: 'Queued, retrying, sent or dead.' })
  status!: DeliveryStatus;

  @Field(() => Int, { description: 'Delivery attempts so far.' })
  attempts!: number;

  @Field(() => Date, { description: 'When it was queued.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was delivered.' })
  sentAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When delivery was given up.' })
  deadAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, as a code.' })
  lastError!: string | null;

  static of(message: OutboxMessage): MessageDelivery {
    return Object.assign(new MessageDelivery(), {
      id: message.id,
      template: message.template,
      recipient: message.recipient,
      locale: message.locale,
      status: message.status,
      attempts: message.attempts,
      createdAt: message.createdAt,
      sentAt: message.sentAt,
      deadAt: message.deadAt,
      lastError: message.lastError,
    });
  }
}
