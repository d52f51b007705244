import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { FeedbackCase } from '../cases/feedback-case.entity.js';
import { Person } from '../people/person.entity.js';

/**
 * One read of a case's personal data (the submitter's name, phone or e-mail) by someone other
 * than the submitter: who (a person, or an integration's API key), which case, when, in which
 * request. Never the values read. At most one row per request and case (see
 * personal-data-reads.loader.ts); append-only.
 */
@Entity({ tableName: 'personal_data_read' })
@Index({ properties: ['case', 'id'] })
@Index({ properties: ['readerPerson', 'id'] })
@ObjectType({ description: 'Who read which case’s personal data (submitter name, phone, e-mail), and when.' })
export class PersonalDataRead {
  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => FeedbackCase, { ref: true, deleteRule: 'cascade' })
  case: Ref<FeedbackCase>;

  /** The person who read it; null when an integration did. */
  @ManyToOne(() => Person, { ref: true, nullable: true, deleteRule: 'set null' })
  readerPerson: Ref<Person> | null;

  /**
   * The API key that read it, by id and by the name it had then. Not a foreign key: keys are
   * revoked, never deleted, and the record stays readable whatever happens to the key.
   */
  @Field(() => String, { nullable: true, description: 'The id of the API key that read it; null for a person.' })
  @Property({ type: 'text', nullable: true })
  readerApiKeyId: string | null;

  @Field(() => String, { nullable: true, description: 'The name the API key had when it read; null for a person.' })
  @Property({ type: 'text', nullable: true })
  readerApiKeyName: string | null;

  @Field(() => Date, { description: 'When it was read.' })
  @Property({ type: 'timestamptz' })
  readAt: Date;

  @Field(() => String, { description: 'The request it was read in (the id the server logs carry).' })
  @Property({ type: 'text' })
  requestId: string;

  constructor(props: {
    case: Ref<FeedbackCase>;
    readerPerson: Ref<Person> | null;
    readerApiKeyId: string | null;
    readerApiKeyName: string | null;
    readAt: Date;
    requestId: string;
  }) {
    this.case = props.case;
    this.readerPerson = props.readerPerson;
    this.readerApiKeyId = props.readerApiKeyId;
    this.readerApiKeyName = props.readerApiKeyName;
    this.readAt = props.readAt;
    this.requestId = props.requestId;
  }
}
