import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Person } from './person.entity.js';

/** A team or department of the organisation; the unit a submitter belongs to or a compliment praises. */
@Entity({ tableName: 'organisation_unit' })
@ObjectType({ description: 'A team or department of the organisation.', simpleResolvers: true })
export class OrganisationUnit {
  [OptionalProps]?: 'active' | 'relationshipManager';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Short stable code, e.g. `FIN-IV`.' })
  @Property({ type: 'text', unique: true })
  code: string;

  @Field(() => String, { description: 'Name of the unit.' })
  @Property({ type: 'text' })
  name: string;

  /** The relationship manager whose portfolio holds this unit: new cases from it go to them. */
  @ManyToOne(() => Person, { ref: true, nullable: true, deleteRule: 'set null' })
  relationshipManager: Ref<Person> | null = null;

  @Field(() => Boolean, { description: 'Whether new cases can still name this unit.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  constructor(props: { code: string; name: string }) {
    this.code = props.code;
    this.name = props.name;
  }
}
