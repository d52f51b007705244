import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ApiKey } from '../auth/api-key.entity.js';
import { WebhookEventEnum, type WebhookEvent } from './webhook-events.js';

/** Why an endpoint was paused: by an administrator, or by the relay after repeated failures. */
export const WEBHOOK_PAUSE_REASONS = ['BY_ADMINISTRATOR', 'REPEATED_FAILURES'] as const;
export type WebhookPauseReason = (typeof WEBHOOK_PAUSE_REASONS)[number];

/**
 * A receiver of webhooks: its https URL, the events it subscribed to and the secret deliveries are
 * signed with (Standard Webhooks). Tied to an API key, it receives personal data when that key has
 * the `pii:read` scope and is still usable.
 */
@Entity({ tableName: 'webhook_endpoint' })
@ObjectType({ description: 'A registered webhook receiver (never its secret).' })
export class WebhookEndpoint {
  [OptionalProps]?: 'active' | 'consecutiveFailures' | 'pausedAt' | 'pauseReason';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Where deliveries are POSTed.' })
  @Property({ type: 'text' })
  url: string;

  @Field(() => [WebhookEventEnum], { description: 'The events delivered to it.' })
  @Property({ type: 'text[]' })
  events: WebhookEvent[];

  /** `whsec_<base64 key>`, needed to sign every delivery; shown once, never exposed again. */
  @Property({ type: 'text', lazy: true })
  secret: string;

  @ManyToOne(() => ApiKey, { ref: true, nullable: true, deleteRule: 'set null' })
  apiKey: Ref<ApiKey> | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The integration’s API key; with the `pii:read` scope its deliveries carry personal data.',
  })
  get apiKeyId(): string | null {
    return this.apiKey?.id ?? null;
  }

  @Field(() => Boolean, { description: 'False while paused: deliveries wait, none are sent.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field(() => Int, { description: 'Failed attempts since the last success.' })
  @Property({ type: 'integer' })
  consecutiveFailures: number = 0;

  @Field(() => Date, { nullable: true, description: 'When it was paused; null while active.' })
  @Property({ type: 'timestamptz', nullable: true })
  pausedAt: Date | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it is paused: `BY_ADMINISTRATOR` or `REPEATED_FAILURES` (the administrator should look).',
  })
  @Property({ type: 'text', nullable: true })
  pauseReason: WebhookPauseReason | null = null;

  @Field(() => Date, { description: 'When it was registered.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date;

  constructor(props: {
    url: string;
    events: WebhookEvent[];
    secret: string;
    apiKey: Ref<ApiKey> | null;
    createdAt: Date;
  }) {
    this.url = props.url;
    this.events = [...props.events];
    this.secret = props.secret;
    this.apiKey = props.apiKey;
    this.createdAt = props.createdAt;
  }

  /** Stops deliveries until resumed; they wait in order. */
  pause(reason: WebhookPauseReason, at: Date): void {
    this.active = false;
    this.pausedAt = at;
    this.pauseReason = reason;
  }

  /** Delivers again, from the oldest waiting delivery on, with a fresh failure count. */
  resume(): void {
    this.active = true;
    this.pausedAt = null;
    this.pauseReason = null;
    this.consecutiveFailures = 0;
  }
}
