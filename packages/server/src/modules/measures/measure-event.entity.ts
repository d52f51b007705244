import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { MEASURE_EVENT_TYPES, MEASURE_STATUSES, type MeasureEventType, type MeasureStatus } from '@klankbord/domain';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Person } from '../people/person.entity.js';
import { MeasureStatusEnum } from './preventive-measure.entity.js';
import type { PreventiveMeasure } from './preventive-measure.entity.js';

export const MeasureEventTypeEnum = Object.fromEntries(MEASURE_EVENT_TYPES.map((t) => [t, t])) as {
  [K in MeasureEventType]: K;
};
registerEnumType(MeasureEventTypeEnum, {
  name: 'MeasureEventType',
  description:
    'What a measure event records: proposing it, a lifecycle action, or a change to its text (UPDATE) or linked complaints (LINK_CASES).',
});

/** One entry of a preventive measure's append-only history (the same audit rule as cases). */
@Entity({ tableName: 'measure_event' })
@Index({ properties: ['measure', 'occurredAt'] })
@ObjectType({ description: 'One entry of a preventive measure’s history.' })
export class MeasureEvent {
  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne({ entity: 'PreventiveMeasure', ref: true, deleteRule: 'cascade' })
  measure: Ref<PreventiveMeasure>;

  @ManyToOne(() => Person, { ref: true, nullable: true })
  actor: Ref<Person> | null;

  @Field(() => MeasureEventTypeEnum, { description: 'What happened.' })
  @Property({ type: 'text' })
  type: MeasureEventType;

  @Field(() => MeasureStatusEnum, { nullable: true, description: 'Status before.' })
  @Enum({ items: [...MEASURE_STATUSES], type: 'text', nullable: true })
  fromStatus: MeasureStatus | null;

  @Field(() => MeasureStatusEnum, { description: 'Status after.' })
  @Enum({ items: [...MEASURE_STATUSES], type: 'text' })
  toStatus: MeasureStatus;

  @Field(() => String, { nullable: true, description: 'Note.' })
  @Property({ type: 'text', nullable: true })
  note: string | null;

  @Property({ type: 'jsonb', nullable: true })
  data: Record<string, unknown> | null;

  @Field(() => Date, { description: 'When it happened.' })
  @Property({ type: 'timestamptz' })
  occurredAt: Date;

  constructor(props: {
    measure: Ref<PreventiveMeasure>;
    actor: Ref<Person> | null;
    type: MeasureEventType;
    fromStatus: MeasureStatus | null;
    toStatus: MeasureStatus;
    note?: string | null;
    data?: Record<string, unknown> | null;
    occurredAt: Date;
  }) {
    this.measure = props.measure;
    this.actor = props.actor;
    this.type = props.type;
    this.fromStatus = props.fromStatus;
    this.toStatus = props.toStatus;
    this.note = props.note ?? null;
    this.data = props.data ?? null;
    this.occurredAt = props.occurredAt;
  }
}
