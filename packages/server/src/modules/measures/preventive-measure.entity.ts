import { randomUUID } from 'node:crypto';
import {
  Collection,
  Entity,
  Enum,
  ManyToMany,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { MEASURE_STATUSES, transitionMeasure, type MeasureAction, type MeasureStatus } from '@klankbord/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ComplaintType } from '../catalog/complaint-type.entity.js';
import { Service } from '../catalog/service.entity.js';
import { FeedbackCase } from '../cases/feedback-case.entity.js';
import { Person } from '../people/person.entity.js';

export const MeasureStatusEnum = Object.fromEntries(MEASURE_STATUSES.map((s) => [s, s])) as {
  [K in MeasureStatus]: K;
};
registerEnumType(MeasureStatusEnum, {
  name: 'MeasureStatus',
  description: 'Where a preventive measure stands: proposed, implemented, evaluated (or cancelled).',
});

/**
 * A preventive measure (step 5): targets a complaint type and optionally a service, is owned by a
 * handler, and links the complaints that prompted it.
 */
@Entity({ tableName: 'preventive_measure' })
@ObjectType({ description: 'A preventive measure taken so that the same type of complaint does not recur (step 5).' })
export class PreventiveMeasure {
  [OptionalProps]?:
    | 'status'
    | 'implementedOn'
    | 'evaluatedOn'
    | 'communicatedOn'
    | 'expectedEffect'
    | 'evaluationNote'
    | 'version'
    | 'targetService';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Short title of the measure.' })
  @Property({ type: 'text' })
  title: string;

  @Field(() => String, { description: 'What is done and why.' })
  @Property({ type: 'text' })
  description: string;

  @ManyToOne(() => ComplaintType, { ref: true })
  targetComplaintType: Ref<ComplaintType>;

  @ManyToOne(() => Service, { ref: true, nullable: true })
  targetService: Ref<Service> | null = null;

  @ManyToOne(() => Person, { ref: true })
  owner: Ref<Person>;

  @Field(() => MeasureStatusEnum, { description: 'Proposed, implemented, evaluated or cancelled.' })
  @Enum({ items: [...MEASURE_STATUSES], type: 'text' })
  status: MeasureStatus = 'PROPOSED';

  @Field(() => Date, { description: 'When the measure was proposed.' })
  @Property({ type: 'timestamptz' })
  proposedAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Date it took effect (YYYY-MM-DD); the effect is measured from here.',
  })
  @Property({ type: 'date', nullable: true })
  implementedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Date it was evaluated (YYYY-MM-DD).' })
  @Property({ type: 'date', nullable: true })
  evaluatedOn: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Date it was communicated to the relationship managers (YYYY-MM-DD).',
  })
  @Property({ type: 'date', nullable: true })
  communicatedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'The effect the owner expects.' })
  @Property({ type: 'text', nullable: true })
  expectedEffect: string | null = null;

  @Field(() => String, { nullable: true, description: 'The conclusion of the evaluation.' })
  @Property({ type: 'text', nullable: true })
  evaluationNote: string | null = null;

  @Field(() => Int, { description: 'Optimistic-locking version: pass it back with every change.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;

  @ManyToMany(() => FeedbackCase, (c) => c.measures, { owner: true, pivotTable: 'preventive_measure_case' })
  linkedCases = new Collection<FeedbackCase>(this);

  /** Moves the measure through its lifecycle (the domain's rule); refuses an illegal move. */
  perform(action: MeasureAction): { from: MeasureStatus; to: MeasureStatus } {
    const from = this.status;
    this.status = transitionMeasure(from, action);
    return { from, to: this.status };
  }

  constructor(props: {
    title: string;
    description: string;
    targetComplaintType: Ref<ComplaintType>;
    owner: Ref<Person>;
    proposedAt: Date;
  }) {
    this.title = props.title;
    this.description = props.description;
    this.targetComplaintType = props.targetComplaintType;
    this.owner = props.owner;
    this.proposedAt = props.proposedAt;
  }
}
