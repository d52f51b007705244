import { randomUUID } from 'node:crypto';
import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
  ref,
  type Ref,
} from '@mikro-orm/core';
import {
  CASE_KINDS,
  CASE_OUTCOMES,
  CASE_STATUSES,
  initialStatus,
  outcomeOf,
  transition,
  type CaseAction,
  type CaseKind,
  type CaseOutcome,
  type CaseStatus,
} from '@klankbord/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ComplaintType, ComplaintTypeVersion } from '../catalog/complaint-type.entity.js';
import { Service } from '../catalog/service.entity.js';
import { OrganisationUnit } from '../people/organisation-unit.entity.js';
import { Person } from '../people/person.entity.js';
import { CaseKindEnum, CaseOutcomeEnum, CaseStatusEnum, CHANNELS, ChannelEnum, type Channel } from './case-enums.js';
import { CaseEvent } from './case-event.entity.js';
import { DeadlineExtension } from './deadline-extension.entity.js';
import type { PreventiveMeasure } from '../measures/preventive-measure.entity.js';
import { MESSAGE_LOCALES, type MessageLocale } from '../outbox/outbox-message.entity.js';

/** What the intake use case hands the constructor: everything a received case must have. */
export interface ReceivedCaseProps {
  kind: CaseKind;
  registrationYear: number;
  registrationSequence: number;
  registrationNumber: string;
  receivedAt: Date;
  channel: Channel;
  description: string;
  submitterName: string;
  submitterPhone: string | null;
  submitterEmail: string | null;
  submitter: Ref<Person> | null;
  organisationUnit: Ref<OrganisationUnit> | null;
  service: Ref<Service> | null;
  complaintType: Ref<ComplaintType> | null;
  complaintTypeVersion: Ref<ComplaintTypeVersion> | null;
  leadTimeWorkingDays: number;
  acknowledgementDueAt: Date;
  resolutionDueAt: Date;
  relationshipManager: Ref<Person> | null;
  idempotencyKey: string | null;
  /** Whose key it is (`person:<id>` or `api-key:<id>`); required with a key. */
  idempotencyCaller?: string | null;
  requestFingerprint: string | null;
  /** When the acknowledgement went out, if it already has (intake sends it at once). */
  acknowledgedAt?: Date | null;
  locale?: MessageLocale;
}

/** How a case arrived: who filed (or imported) it and the detail its first event keeps (no personal data). */
export interface CaseArrival {
  actor: Ref<Person> | null;
  data: Record<string, unknown>;
  /** Imports only: the state the earlier system recorded. The trail then starts with `IMPORTED`. */
  imported?: ImportedCaseState;
}

/** What an import brings beyond a new case: where the earlier system had got with it. */
export interface ImportedCaseState {
  status: CaseStatus;
  outcome: CaseOutcome | null;
  resolvedAt: Date | null;
  resolutionWorkingDays: number | null;
  closedAt: Date | null;
}

/**
 * A complaint, suggestion or compliment from receipt to closure. Submitter name, phone and e-mail
 * are personal data and have no plain GraphQL field: the case resolver exposes them per policy.
 */
@Entity({ tableName: 'feedback_case' })
@Unique({ properties: ['registrationYear', 'registrationSequence'] })
@Unique({ properties: ['idempotencyCaller', 'idempotencyKey'] })
@Index({ properties: ['status', 'resolutionDueAt'] })
@Index({ properties: ['receivedAt'] })
@Index({ properties: ['relationshipManager', 'status'] })
@Index({ properties: ['handler', 'status'] })
@Index({ properties: ['submitter'] })
@Index({ properties: ['complaintType', 'receivedAt'] })
// simpleResolvers: the plain fields are read straight off the entity, without type-graphql's
// per-field middleware wrapper (no field here is @Authorized; the guarded ones have field resolvers).
@ObjectType('Case', {
  description: 'A complaint, suggestion or compliment, from receipt to closure.',
  simpleResolvers: true,
})
export class FeedbackCase {
  [OptionalProps]?:
    | 'status'
    | 'outcome'
    | 'outcomeReason'
    | 'acknowledgedAt'
    | 'handler'
    | 'resolvedAt'
    | 'resolutionWorkingDays'
    | 'measuresTaken'
    | 'outcomeCommunicatedAt'
    | 'noMeasureReason'
    | 'locale'
    | 'clockPausedAt'
    | 'closedAt'
    | 'reopenCount'
    | 'version'
    | 'createdAt'
    | 'updatedAt'
    | 'originalResolutionDueAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => CaseKindEnum, { description: 'Complaint, suggestion or compliment.' })
  @Enum({ items: [...CASE_KINDS], type: 'text' })
  kind: CaseKind;

  @Field(() => String, { description: 'Unique, gap-free per year and human readable, e.g. `SKC-2026-000042`.' })
  @Property({ type: 'text', unique: true })
  registrationNumber: string;

  @Property({ type: 'integer' })
  registrationYear: number;

  @Property({ type: 'integer' })
  registrationSequence: number;

  @Property({ type: 'text' })
  submitterName: string;

  @Property({ type: 'text', nullable: true })
  submitterPhone: string | null;

  @Property({ type: 'text', nullable: true })
  submitterEmail: string | null;

  /** The signed-in person who submitted it, when known; imports and phone intake may have none. */
  @ManyToOne(() => Person, { ref: true, nullable: true, deleteRule: 'set null' })
  submitter: Ref<Person> | null;

  @ManyToOne(() => OrganisationUnit, { ref: true, nullable: true, deleteRule: 'set null' })
  organisationUnit: Ref<OrganisationUnit> | null;

  @Property({ type: 'text' })
  description: string;

  @Field(() => ChannelEnum, { description: 'How the case reached the organisation.' })
  @Enum({ items: [...CHANNELS], type: 'text' })
  channel: Channel;

  @ManyToOne(() => Service, { ref: true, nullable: true })
  service: Ref<Service> | null;

  @ManyToOne(() => ComplaintType, { ref: true, nullable: true })
  complaintType: Ref<ComplaintType> | null;

  /** The rules version valid at intake; keeps the lead time stable when the type changes later. */
  @ManyToOne(() => ComplaintTypeVersion, { ref: true, nullable: true })
  complaintTypeVersion: Ref<ComplaintTypeVersion> | null;

  @Field(() => Int, { description: 'Resolution lead time in working days that applies to this case.' })
  @Property({ type: 'integer' })
  leadTimeWorkingDays: number;

  @Field(() => Date, { description: 'When the case was received (the clock of every deadline starts here).' })
  @Property({ type: 'timestamptz' })
  receivedAt: Date;

  @Field(() => Date, { description: 'End of the 1st working day after receipt (Europe/Amsterdam).' })
  @Property({ type: 'timestamptz' })
  acknowledgementDueAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the acknowledgement with the registration number was sent.' })
  @Property({ type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null = null;

  @Field(() => Date, { description: 'Current resolution deadline, including agreed extensions.' })
  @Property({ type: 'timestamptz' })
  resolutionDueAt: Date;

  @Field(() => Date, { description: 'Resolution deadline as computed at intake, before any extension.' })
  @Property({ type: 'timestamptz' })
  originalResolutionDueAt: Date;

  @Field(() => CaseStatusEnum, { description: 'Where the case stands in its lifecycle.' })
  @Enum({ items: [...CASE_STATUSES], type: 'text' })
  status: CaseStatus;

  @Field(() => CaseOutcomeEnum, { nullable: true, description: 'How the case was decided, once it was.' })
  @Enum({ items: [...CASE_OUTCOMES], type: 'text', nullable: true })
  outcome: CaseOutcome | null = null;

  /** Like `measuresTaken` and `noMeasureReason`: exposed by CaseResolver to the viewers who may read the description. */
  @Property({ type: 'text', nullable: true })
  outcomeReason: string | null = null;

  @ManyToOne(() => Person, { ref: true, nullable: true })
  relationshipManager: Ref<Person> | null;

  @ManyToOne(() => Person, { ref: true, nullable: true })
  handler: Ref<Person> | null = null;

  @Field(() => Date, { nullable: true, description: 'When the case was resolved (measures communicated).' })
  @Property({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null = null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Working days from receipt to resolution (the calendar of the procedure); set when the case is resolved.',
  })
  @Property({ type: 'integer', nullable: true })
  resolutionWorkingDays: number | null = null;

  @Property({ type: 'text', nullable: true })
  measuresTaken: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the relationship manager told the submitter the outcome.' })
  @Property({ type: 'timestamptz', nullable: true })
  outcomeCommunicatedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  noMeasureReason: string | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'While information from the submitter is awaited and the complaint type pauses the clock: since when.',
  })
  @Property({ type: 'timestamptz', nullable: true })
  clockPausedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the case was closed.' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Field(() => Int, { description: 'How often the case was reopened.' })
  @Property({ type: 'integer' })
  reopenCount: number = 0;

  /** Language of the messages to the submitter (nl or en), chosen on the form. */
  @Field(() => String, { description: 'Language of the messages to the submitter: nl or en.' })
  @Enum({ items: [...MESSAGE_LOCALES], type: 'text' })
  locale: MessageLocale = 'nl';

  /** A client-chosen key that makes a retried submission return the first result. */
  @Property({ type: 'text', nullable: true })
  idempotencyKey: string | null;

  /** The caller the key belongs to: keys are unique per caller, not across everyone. */
  @Property({ type: 'text', nullable: true })
  idempotencyCaller: string | null;

  /** Hash of the submitted content, to tell a retry from a different submission with the same key. */
  @Property({ type: 'text', nullable: true })
  requestFingerprint: string | null;

  @Field(() => Int, { description: 'Optimistic-locking version: pass it back with every change.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @OneToMany(() => CaseEvent, (event) => event.case, { orderBy: { occurredAt: 'asc', id: 'asc' } })
  events = new Collection<CaseEvent>(this);

  @OneToMany(() => DeadlineExtension, (extension) => extension.case, { orderBy: { createdAt: 'asc' } })
  extensions = new Collection<DeadlineExtension>(this);

  @ManyToMany({ entity: 'PreventiveMeasure', mappedBy: 'linkedCases' })
  measures = new Collection<PreventiveMeasure>(this);

  /**
   * The one way a case comes into being (intake, import, demo data): the case in its initial status
   * with the event that starts its trail, `RECEIVED` at receipt — or `IMPORTED`, at the original
   * receipt, in the status the earlier system recorded. The caller persists both.
   */
  static receive(props: ReceivedCaseProps, arrival: CaseArrival): { feedbackCase: FeedbackCase; event: CaseEvent } {
    const feedbackCase = new FeedbackCase(props);
    if (arrival.imported) feedbackCase.takeImportedState(arrival.imported);
    const event = new CaseEvent({
      case: ref(feedbackCase),
      actor: arrival.actor,
      type: arrival.imported ? 'IMPORTED' : 'RECEIVED',
      fromStatus: null,
      toStatus: feedbackCase.status,
      data: arrival.data,
      occurredAt: feedbackCase.receivedAt,
    });
    return { feedbackCase, event };
  }

  /** An imported case keeps the earlier system's status and dates; its lifecycle continues from there. */
  private takeImportedState(state: ImportedCaseState): void {
    this.status = state.status;
    this.outcome = state.outcome;
    this.resolvedAt = state.resolvedAt;
    this.resolutionWorkingDays = state.resolutionWorkingDays;
    this.closedAt = state.closedAt;
  }

  /**
   * Moves the case by `action` through its lifecycle (the domain's one transition function):
   * refuses an illegal move with ILLEGAL_TRANSITION and leaves the case unchanged.
   */
  perform(action: CaseAction, outcome?: CaseOutcome | null): { from: CaseStatus; to: CaseStatus } {
    const from = this.status;
    const to = transition({ kind: this.kind, status: from, action, outcome });
    this.status = to;
    const recorded = outcomeOf(action, outcome);
    if (recorded) this.outcome = recorded;
    return { from, to };
  }

  /** Only the case, without its first event: use `FeedbackCase.receive` (test fixtures build report states with this). */
  constructor(props: ReceivedCaseProps) {
    this.kind = props.kind;
    this.registrationYear = props.registrationYear;
    this.registrationSequence = props.registrationSequence;
    this.registrationNumber = props.registrationNumber;
    this.receivedAt = props.receivedAt;
    this.channel = props.channel;
    this.description = props.description;
    this.submitterName = props.submitterName;
    this.submitterPhone = props.submitterPhone;
    this.submitterEmail = props.submitterEmail;
    this.submitter = props.submitter;
    this.organisationUnit = props.organisationUnit;
    this.service = props.service;
    this.complaintType = props.complaintType;
    this.complaintTypeVersion = props.complaintTypeVersion;
    this.leadTimeWorkingDays = props.leadTimeWorkingDays;
    this.acknowledgementDueAt = props.acknowledgementDueAt;
    this.resolutionDueAt = props.resolutionDueAt;
    this.originalResolutionDueAt = props.resolutionDueAt;
    this.relationshipManager = props.relationshipManager;
    this.idempotencyKey = props.idempotencyKey;
    this.idempotencyCaller = props.idempotencyCaller ?? null;
    this.requestFingerprint = props.requestFingerprint;
    this.status = initialStatus(props.kind);
    this.acknowledgedAt = props.acknowledgedAt ?? null;
    this.locale = props.locale ?? 'nl';
  }
}
