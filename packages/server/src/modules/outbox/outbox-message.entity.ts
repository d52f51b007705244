import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import type { FeedbackCase } from '../cases/feedback-case.entity.js';

export const OUTBOX_TEMPLATES = ['ACKNOWLEDGEMENT', 'EXTENSION_NOTICE', 'OUTCOME', 'MEASURE_COMMUNICATED'] as const;
export type OutboxTemplate = (typeof OUTBOX_TEMPLATES)[number];
export const MESSAGE_LOCALES = ['nl', 'en'] as const;
export type MessageLocale = (typeof MESSAGE_LOCALES)[number];

/**
 * A message the procedure implies, written in the same transaction as the change that causes it,
 * so a mail integration can deliver it at least once. The recipient address is looked up at
 * delivery time from the case; the row itself holds no contact details.
 */
@Entity({ tableName: 'outbox_message' })
@Index({ properties: ['sentAt', 'createdAt'] })
@ObjectType({ description: 'A message to the submitter or the relationship managers, queued for delivery.' })
export class OutboxMessage {
  [OptionalProps]?: 'sentAt' | 'attempts';

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

  @Property({ type: 'integer' })
  attempts: number = 0;

  /**
   * Structured facts for the delivery to render besides the text, e.g. `satisfactionUrl` on an
   * OUTCOME (modules/satisfaction). Not in the API: it may hold a single-use link.
   */
  @Property({ type: 'json', nullable: true })
  data: Record<string, unknown> | null;

  constructor(props: {
    case: Ref<FeedbackCase> | null;
    template: OutboxTemplate;
    locale: MessageLocale;
    subject: string;
    body: string;
    createdAt: Date;
    data?: Record<string, unknown> | null;
  }) {
    this.case = props.case;
    this.template = props.template;
    this.locale = props.locale;
    this.subject = props.subject;
    this.body = props.body;
    this.createdAt = props.createdAt;
    this.data = props.data ?? null;
  }
}
