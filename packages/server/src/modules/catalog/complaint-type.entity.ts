import { randomUUID } from 'node:crypto';
import {
  Collection,
  Entity,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
  type Ref,
} from '@mikro-orm/core';
import { DEFAULT_LEAD_TIME_WORKING_DAYS } from '@klankbord/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** Why a complaint was made (lead time, reachability, treatment by staff, quality, communication, …). */
@Entity({ tableName: 'complaint_type' })
@ObjectType({
  description: 'Why a complaint was made: lead time, reachability, treatment by staff, quality, communication, …',
  simpleResolvers: true,
})
export class ComplaintType {
  [OptionalProps]?: 'active';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Short stable code, e.g. `LEAD_TIME`.' })
  @Property({ type: 'text', unique: true })
  code: string;

  @Field(() => String, { description: 'English name.' })
  @Property({ type: 'text' })
  name: string;

  @Field(() => String, { description: 'Dutch name.' })
  @Property({ type: 'text' })
  nameNl: string;

  @Field(() => Boolean, { description: 'Whether new complaints can still get this type.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @OneToMany(() => ComplaintTypeVersion, (version) => version.complaintType, { orderBy: { version: 'asc' } })
  versions = new Collection<ComplaintTypeVersion>(this);

  constructor(props: { code: string; name: string; nameNl: string }) {
    this.code = props.code;
    this.name = props.name;
    this.nameNl = props.nameNl;
  }
}

/**
 * The handling rules of a complaint type from a moment on. A case points at the version that was
 * valid when it was received, so changing a lead time never moves the deadline of existing cases.
 */
@Entity({ tableName: 'complaint_type_version' })
@Unique({ properties: ['complaintType', 'version'] })
@ObjectType({
  description: 'The handling rules of a complaint type from a moment on; cases keep the version valid at intake.',
})
export class ComplaintTypeVersion {
  [OptionalProps]?: 'validTo' | 'pausesClockOnInformationRequest';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ComplaintType, { ref: true, deleteRule: 'cascade' })
  complaintType: Ref<ComplaintType>;

  @Field(() => Int, { description: '1 for the first version of the type, counting up.' })
  @Property({ type: 'integer' })
  version: number;

  @Field(() => Int, { description: 'Resolution lead time in working days (procedure default 5).' })
  @Property({ type: 'integer' })
  leadTimeWorkingDays: number = DEFAULT_LEAD_TIME_WORKING_DAYS;

  @Field(() => Boolean, {
    description: 'Whether the deadline pauses while information is requested from the submitter.',
  })
  @Property({ type: 'boolean' })
  pausesClockOnInformationRequest: boolean = false;

  @Field(() => Date, { description: 'From when this version applies.' })
  @Property({ type: 'timestamptz' })
  validFrom: Date;

  @Field(() => Date, { nullable: true, description: 'Until when this version applied; null for the current one.' })
  @Property({ type: 'timestamptz', nullable: true })
  validTo: Date | null = null;

  constructor(props: {
    complaintType: Ref<ComplaintType>;
    version: number;
    leadTimeWorkingDays: number;
    validFrom: Date;
  }) {
    this.complaintType = props.complaintType;
    this.version = props.version;
    this.leadTimeWorkingDays = props.leadTimeWorkingDays;
    this.validFrom = props.validFrom;
  }
}
