import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Person } from '../people/person.entity.js';

/** The kinds of reference data, settings and credentials an administrator changes. */
export const ADMIN_ENTITY_TYPES = [
  'SERVICE',
  'COMPLAINT_TYPE',
  'ORGANISATION_UNIT',
  'PERSON',
  'CLOSURE_DAY',
  'SETTINGS',
  'API_KEY',
  'OUTBOX_MESSAGE',
  'WEBHOOK_ENDPOINT',
] as const;
export type AdminEntityType = (typeof ADMIN_ENTITY_TYPES)[number];
export const AdminEntityTypeEnum = Object.fromEntries(ADMIN_ENTITY_TYPES.map((t) => [t, t])) as {
  [K in AdminEntityType]: K;
};
registerEnumType(AdminEntityTypeEnum, {
  name: 'AdminEntityType',
  description: 'What an administrative change was to.',
});

export const ADMIN_ACTIONS = ['CREATED', 'CHANGED', 'REMOVED', 'REVOKED', 'RESENT', 'PAUSED'] as const;
export type AdminAction = (typeof ADMIN_ACTIONS)[number];
export const AdminActionEnum = Object.fromEntries(ADMIN_ACTIONS.map((a) => [a, a])) as { [K in AdminAction]: K };
registerEnumType(AdminActionEnum, { name: 'AdminAction', description: 'What an administrative change did.' });

/**
 * Where a change came from: the API (web app or GraphQL client), the command line on the server, or
 * the server itself (the webhook relay pausing an endpoint that keeps failing).
 */
export const ADMIN_CHANNELS = ['API', 'COMMAND_LINE', 'SYSTEM'] as const;
export type AdminChannel = (typeof ADMIN_CHANNELS)[number];

/** One changed field. Personal data (names, e-mail, phone, subject) is recorded as changed without its values. */
@ObjectType({ description: 'One field an administrative change touched.' })
export class AdminFieldChange {
  @Field(() => String, { description: 'The field, e.g. `leadTimeWorkingDays`.' })
  field!: string;

  @Field(() => String, { nullable: true, description: 'The value before, as text; null when new or personal data.' })
  from!: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as text; null when removed or personal data.' })
  to!: string | null;
}

/**
 * One entry of the append-only trail of administrative changes (reference data, people, calendar,
 * settings, API keys): who, when, what. Written in the same transaction as the change; never updated.
 */
@Entity({ tableName: 'admin_event' })
@Index({ properties: ['occurredAt'] })
@ObjectType({ description: 'One administrative change: who changed what, and when.' })
export class AdminEvent {
  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** The administrator; null when the change came from the command line or the server itself. */
  @ManyToOne(() => Person, { ref: true, nullable: true, deleteRule: 'set null' })
  actor: Ref<Person> | null;

  @Field(() => String, { description: 'API (web app or GraphQL), COMMAND_LINE or SYSTEM (the server on its own).' })
  @Property({ type: 'text' })
  channel: AdminChannel;

  @Field(() => AdminEntityTypeEnum, { description: 'What kind of thing changed.' })
  @Property({ type: 'text' })
  entityType: AdminEntityType;

  @Field(() => String, { description: 'Its id (a date for a closure day).' })
  @Property({ type: 'text' })
  entityId: string;

  @Field(() => AdminActionEnum, { description: 'Created, changed, removed, revoked or resent.' })
  @Property({ type: 'text' })
  action: AdminAction;

  @Field(() => [AdminFieldChange], { description: 'The fields that changed.' })
  @Property({ type: 'jsonb' })
  changes: AdminFieldChange[];

  @Field(() => Date, { description: 'When it happened.' })
  @Property({ type: 'timestamptz' })
  occurredAt: Date;

  constructor(props: {
    actor: Ref<Person> | null;
    channel: AdminChannel;
    entityType: AdminEntityType;
    entityId: string;
    action: AdminAction;
    changes: AdminFieldChange[];
    occurredAt: Date;
  }) {
    this.actor = props.actor;
    this.channel = props.channel;
    this.entityType = props.entityType;
    this.entityId = props.entityId;
    this.action = props.action;
    this.changes = props.changes;
    this.occurredAt = props.occurredAt;
  }
}
