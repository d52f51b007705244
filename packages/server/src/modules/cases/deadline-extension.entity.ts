import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Person } from '../people/person.entity.js';
import type { FeedbackCase } from './feedback-case.entity.js';

/**
 * An agreed later resolution deadline. It counts as "informed in time" only when the submitter
 * was told before the previous deadline passed (PROCEDURE.md, step 3).
 */
@Entity({ tableName: 'deadline_extension' })
@Index({ properties: ['case'] })
@ObjectType({
  description: 'An agreed later resolution deadline, with the reason and when the submitter was informed.',
})
export class DeadlineExtension {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'FeedbackCase', ref: true, deleteRule: 'cascade' })
  case: Ref<FeedbackCase>;

  @Field(() => Date, { description: 'The deadline before this extension.' })
  @Property({ type: 'timestamptz' })
  previousDueAt: Date;

  @Field(() => Date, { description: 'The new deadline.' })
  @Property({ type: 'timestamptz' })
  newDueAt: Date;

  /** Exposed through DeadlineExtensionResolver, to the viewers who may read the case's description. */
  @Property({ type: 'text' })
  reason: string;

  @Field(() => Date, { description: 'When the submitter was told about the new deadline.' })
  @Property({ type: 'timestamptz' })
  submitterInformedAt: Date;

  @Field(() => Boolean, { description: 'Whether the submitter was told before the previous deadline passed.' })
  @Property({ type: 'boolean' })
  informedInTime: boolean;

  @ManyToOne(() => Person, { ref: true, nullable: true })
  createdBy: Ref<Person> | null;

  @Field(() => Date, { description: 'When the extension was recorded.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date;

  constructor(props: {
    case: Ref<FeedbackCase>;
    previousDueAt: Date;
    newDueAt: Date;
    reason: string;
    submitterInformedAt: Date;
    createdBy: Ref<Person> | null;
    createdAt: Date;
  }) {
    this.case = props.case;
    this.previousDueAt = props.previousDueAt;
    this.newDueAt = props.newDueAt;
    this.reason = props.reason;
    this.submitterInformedAt = props.submitterInformedAt;
    this.informedInTime = props.submitterInformedAt.getTime() <= props.previousDueAt.getTime();
    this.createdBy = props.createdBy;
    this.createdAt = props.createdAt;
  }
}
