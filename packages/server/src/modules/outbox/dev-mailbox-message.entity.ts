import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * A mail "delivered" by the dev-mailbox transport (development without SMTP): what would have
 * been sent, for administrators to read in the web app. Never written when SMTP_URL is set.
 */
@Entity({ tableName: 'dev_mailbox_message' })
@ObjectType({ description: 'A mail in the dev mailbox: what would have been sent without an SMTP server.' })
export class DevMailboxMessage {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { description: 'The outbox message it delivers.' })
  @Property({ type: 'uuid' })
  outboxMessageId: string;

  @Field(() => String, { description: 'The Message-ID header (derived from the outbox message).' })
  @Property({ type: 'text' })
  messageId: string;

  @Field(() => String, { description: 'The addresses it was for.' })
  @Property({ type: 'text' })
  recipients: string;

  @Field(() => String, { description: 'Subject line.' })
  @Property({ type: 'text' })
  subject: string;

  @Field(() => String, { description: 'The plain-text part.' })
  @Property({ type: 'text' })
  text: string;

  @Field(() => String, { description: 'The HTML part.' })
  @Property({ type: 'text' })
  html: string;

  @Field(() => Date, { description: 'When the relay delivered it here.' })
  @Property({ type: 'timestamptz' })
  deliveredAt: Date;

  constructor(props: {
    outboxMessageId: string;
    messageId: string;
    recipients: string;
    subject: string;
    text: string;
    html: string;
    deliveredAt: Date;
  }) {
    this.outboxMessageId = props.outboxMessageId;
    this.messageId = props.messageId;
    this.recipients = props.recipients;
    this.subject = props.subject;
    this.text = props.text;
    this.html = props.html;
    this.deliveredAt = props.deliveredAt;
  }
}
