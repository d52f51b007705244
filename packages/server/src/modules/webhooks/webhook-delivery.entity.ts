import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WebhookEventEnum, type WebhookEvent } from './webhook-events.js';

/** The JSON body of a delivery without personal data (Standard Webhooks: type, timestamp, data). */
export interface WebhookPayload {
  type: string;
  timestamp: string;
  data: Record<string, string | number | null>;
}

/**
 * One event for one endpoint: written in the transaction of the event (a transactional outbox),
 * sent by the webhook relay at least once, in `seq` order per endpoint and subject. Its id is the
 * `webhook-id` header, the same on every attempt, so receivers can drop repeats.
 */
@Entity({ tableName: 'webhook_delivery' })
@ObjectType({ description: 'One delivery in an endpoint’s log (never the response body).' })
export class WebhookDelivery {
  [OptionalProps]?: 'seq' | 'attempts' | 'deliveredAt' | 'lastStatus' | 'lastError' | 'leaseUntil' | 'leaseToken';

  @Field(() => ID, { description: 'Also the `webhook-id` header.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Order of writing; deliveries of one subject go out in this order. */
  @Property({ type: 'bigint', autoincrement: true, persist: false })
  seq!: string;

  @ManyToOne(() => WebhookEndpoint, { ref: true, deleteRule: 'cascade' })
  endpoint: Ref<WebhookEndpoint>;

  /** The case or measure the event is about. */
  @Field(() => ID, { description: 'The case or measure the event is about.' })
  @Property({ type: 'uuid' })
  subjectId: string;

  @Field(() => WebhookEventEnum, { description: 'What happened.' })
  @Property({ type: 'text' })
  event: WebhookEvent;

  @Property({ type: 'jsonb' })
  payload: WebhookPayload;

  @Field(() => Date, { description: 'When the event happened and the delivery was queued.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { description: 'When it is tried (again).' })
  @Property({ type: 'timestamptz' })
  nextAttemptAt: Date;

  @Property({ type: 'timestamptz', nullable: true })
  leaseUntil: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  leaseToken: string | null = null;

  @Field(() => Int, { description: 'Attempts so far.' })
  @Property({ type: 'integer' })
  attempts: number = 0;

  @Field(() => Date, { nullable: true, description: 'When the endpoint answered 2xx; null while pending.' })
  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null = null;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the last attempt; null if it got no answer.' })
  @Property({ type: 'integer', nullable: true })
  lastStatus: number | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the last attempt failed: `HTTP_STATUS`, `TIMEOUT` or `UNREACHABLE`.',
  })
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  constructor(props: {
    endpoint: Ref<WebhookEndpoint>;
    subjectId: string;
    event: WebhookEvent;
    payload: WebhookPayload;
    createdAt: Date;
  }) {
    this.endpoint = props.endpoint;
    this.subjectId = props.subjectId;
    this.event = props.event;
    this.payload = props.payload;
    this.createdAt = props.createdAt;
    this.nextAttemptAt = props.createdAt;
  }

  @Field(() => String, { description: '`PENDING` or `DELIVERED`.' })
  get status(): 'PENDING' | 'DELIVERED' {
    return this.deliveredAt ? 'DELIVERED' : 'PENDING';
  }
}
