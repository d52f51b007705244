import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { CASE_STATUSES, type CaseEventType, type CaseStatus } from '@klankbord/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Person } from '../people/person.entity.js';
import { CaseEventTypeEnum, CaseStatusEnum } from './case-enums.js';
import type { FeedbackCase } from './feedback-case.entity.js';

/**
 * One entry of a case's append-only audit trail: who did what, when, from which status to which,
 * with a note. Written in the same transaction as the change it records; never updated.
 */
@Entity({ tableName: 'case_event' })
@Index({ properties: ['case', 'occurredAt'] })
@ObjectType({ description: 'One entry of a case’s append-only audit trail.' })
export class CaseEvent {
  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne({ entity: 'FeedbackCase', ref: true, deleteRule: 'cascade' })
  case: Ref<FeedbackCase>;

  /** The person who acted; null for the system (intake without sign-in, imports, jobs). */
  @ManyToOne(() => Person, { ref: true, nullable: true })
  actor: Ref<Person> | null;

  @Field(() => CaseEventTypeEnum, { description: 'What happened, e.g. `RECEIVED`, `TAKE_TRIAGE`, `EXTEND_DEADLINE`.' })
  @Property({ type: 'text' })
  type: CaseEventType;

  @Field(() => CaseStatusEnum, { nullable: true, description: 'Status before the event.' })
  @Enum({ items: [...CASE_STATUSES], type: 'text', nullable: true })
  fromStatus: CaseStatus | null;

  @Field(() => CaseStatusEnum, { description: 'Status after the event.' })
  @Enum({ items: [...CASE_STATUSES], type: 'text' })
  toStatus: CaseStatus;

  /** Exposed through CaseEventResolver, to the viewers who may read the case's description. */
  @Property({ type: 'text', nullable: true })
  note: string | null;

  /** Structured detail (old and new values of a reclassification, a new deadline, …). No personal data. */
  @Property({ type: 'jsonb', nullable: true })
  data: Record<string, unknown> | null;

  @Field(() => Date, { description: 'When it happened.' })
  @Property({ type: 'timestamptz' })
  occurredAt: Date;

  constructor(props: {
    case: Ref<FeedbackCase>;
    actor: Ref<Person> | null;
    type: CaseEventType;
    fromStatus: CaseStatus | null;
    toStatus: CaseStatus;
    note?: string | null;
    data?: Record<string, unknown> | null;
    occurredAt: Date;
  }) {
    this.case = props.case;
    this.actor = props.actor;
    this.type = props.type;
    this.fromStatus = props.fromStatus;
    this.toStatus = props.toStatus;
    this.note = props.note ?? null;
    this.data = props.data ?? null;
    this.occurredAt = props.occurredAt;
  }
}
