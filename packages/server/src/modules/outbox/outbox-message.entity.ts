import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { FeedbackCase } from '../cases/feedback-case.entity.js';
import type { PreventiveMeasure } from '../measures/preventive-measure.entity.js';

export const OUTBOX_TEMPLATES = ['ACKNOWLEDGEMENT', 'EXTENSION_NOTICE', 'OUTCOME', 'MEASURE_COMMUNICATED'] as const;
export type OutboxTemplate = (typeof OUTBOX_TEMPLATES)[number];
export const MESSAGE_LOCALES = ['nl', 'en'] as const;
export type MessageLocale = (typeof MESSAGE_LOCALES)[number];
/** Who a message goes to; the address is looked up when it is delivered. */
export const MESSAGE_RECIPIENTS = ['SUBMITTER', 'RELATIONSHIP_MANAGERS'] as const;
export type MessageRecipient = (typeof MESSAGE_RECIPIENTS)[number];

/** Where a message is in its delivery. */
export enum DeliveryStatus {
  /** Waiting for its first attempt. */
  QUEUED = 'QUEUED',
  /** An attempt failed; it is tried again later. */
  RETRYING = 'RETRYING',
  SENT = 'SENT',
  /** Given up after the configured number of attempts (or at once when it cannot be delivered). */
  DEAD = 'DEAD',
}
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus', description: 'Where a message is in its delivery.' });

/**
 * The facts a template renders, as stored in `data` (dates as ISO strings). Never names or contact
 * details: those are looked up when the message is delivered.
 */
export type MessageData = Record<string, string | undefined>;

/**
 * A message the procedure implies, written in the same transaction as the change that causes it,
 * so a mail integration can deliver it at least once. The recipient address is looked up at
 * delivery time from the case; the row itself holds no contact details.
 */
@Entity({ tableName: 'outbox_message' })
@Index({ properties: ['sentAt', 'createdAt'] })
@ObjectType({ description: 'A message to the submitter or the relationship managers, queued for delivery.' })
export class OutboxMessage {
  [OptionalProps]?:
    | 'sentAt'
    | 'attempts'
    | 'data'
    | 'recipient'
    | 'measure'
    | 'nextAttemptAt'
    | 'leaseUntil'
    | 'leaseToken'
    | 'deadAt'
    | 'lastError'
    | 'transport'
    | 'status';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'FeedbackCase', ref: true, nullable: true, deleteRule: 'cascade' })
  case: Ref<FeedbackCase> | null;

  @Field(() => String, {
    description: 'Which template: ACKNOWLEDGEMENT, EXTENSION_NOTICE, OUTCOME, MEASURE_COMMUNICATED.',
  })
  @Enum({ items: [...OUTBOX_TEMPLATES], type: 'text' })
  template: OutboxTemplate;

  @Field(() => String, { description: 'Language of the message: nl or en.' })
  @Enum({ items: [...MESSAGE_LOCALES], type: 'text' })
  locale: MessageLocale;

  @Field(() => String, { description: 'Subject line.' })
  @Property({ type: 'text' })
  subject: string;

  @Field(() => String, { description: 'Plain-text body.' })
  @Property({ type: 'text' })
  body: string;

  @Field(() => Date, { description: 'When it was queued.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the mail integration delivered it.' })
  @Property({ type: 'timestamptz', nullable: true })
  sentAt: Date | null = null;

  @Field(() => Int, { description: 'Delivery attempts so far.' })
  @Property({ type: 'integer' })
  attempts: number = 0;

  /** The facts the template renders at delivery (plain text and HTML from the same template). */
  @Property({ type: 'json' })
  data: MessageData = {};

  @Field(() => String, { description: 'Who it goes to: SUBMITTER or RELATIONSHIP_MANAGERS.' })
  @Enum({ items: [...MESSAGE_RECIPIENTS], type: 'text' })
  recipient: MessageRecipient = 'SUBMITTER';

  /** The preventive measure a MEASURE_COMMUNICATED message is about. */
  @ManyToOne({ entity: 'PreventiveMeasure', ref: true, nullable: true, deleteRule: 'cascade' })
  measure: Ref<PreventiveMeasure> | null = null;

  @Field(() => Date, { description: 'When the next delivery attempt is due (meaningless once sent or dead).' })
  @Property({ type: 'timestamptz' })
  nextAttemptAt: Date;

  /** Until when a relay holds this message; a crashed relay's claim runs out then. */
  @Property({ type: 'timestamptz', nullable: true })
  leaseUntil: Date | null = null;

  /** Which claim holds the lease: only that relay may mark the message. */
  @Property({ type: 'uuid', nullable: true })
  leaseToken: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When delivery was given up.' })
  @Property({ type: 'timestamptz', nullable: true })
  deadAt: Date | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the last attempt failed, as a code (e.g. SMTP_550, NO_RECIPIENT_ADDRESS); never an address.',
  })
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Field(() => String, { nullable: true, description: 'How it was delivered: smtp or dev-mailbox.' })
  @Property({ type: 'text', nullable: true })
  transport: string | null = null;

  @Field(() => DeliveryStatus, { description: 'Queued, retrying, sent or dead.' })
  get status(): DeliveryStatus {
    if (this.sentAt) return DeliveryStatus.SENT;
    if (this.deadAt) return DeliveryStatus.DEAD;
    return this.attempts > 0 ? DeliveryStatus.RETRYING : DeliveryStatus.QUEUED;
  }

  constructor(props: {
    case: Ref<FeedbackCase> | null;
    template: OutboxTemplate;
    locale: MessageLocale;
    subject: string;
    body: string;
    createdAt: Date;
    data?: MessageData;
    recipient?: MessageRecipient;
    measure?: Ref<PreventiveMeasure> | null;
  }) {
    this.case = props.case;
    this.template = props.template;
    this.locale = props.locale;
    this.subject = props.subject;
    this.body = props.body;
    this.createdAt = props.createdAt;
    this.nextAttemptAt = props.createdAt;
    this.data = props.data ?? {};
    this.recipient = props.recipient ?? 'SUBMITTER';
    this.measure = props.measure ?? null;
  }
}
