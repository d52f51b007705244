import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { OrganisationUnit } from './organisation-unit.entity.js';
import { ROLES, type Role, RoleEnum } from './role.js';

/**
 * A person known to Klankbord: staff member or end user. Name, e-mail and phone are personal data;
 * they are exposed through field resolvers that ask the person policy, never as plain fields.
 */
@Entity({ tableName: 'person' })
@ObjectType({
  description: 'A person known to Klankbord: an end user or a member of staff.',
  simpleResolvers: true,
})
export class Person {
  [OptionalProps]?: 'active' | 'phone' | 'organisationUnit' | 'externalSubject';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  displayName: string;

  @Property({ type: 'text', unique: true })
  email: string;

  /** E.164, normalised by the domain package. */
  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Field(() => [RoleEnum], { description: 'The roles this person holds.' })
  @Enum({ items: [...ROLES], array: true, type: 'text[]' })
  roles: Role[];

  @ManyToOne(() => OrganisationUnit, { ref: true, nullable: true, deleteRule: 'set null' })
  organisationUnit: Ref<OrganisationUnit> | null = null;

  /** The `sub` claim of this person's tokens from the identity provider. */
  @Property({ type: 'text', nullable: true, unique: true })
  externalSubject: string | null = null;

  @Field(() => Boolean, { description: 'Inactive people keep their history but get no new work.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  constructor(props: { displayName: string; email: string; roles: Role[] }) {
    this.displayName = props.displayName;
    this.email = props.email;
    this.roles = [...props.roles];
  }

  hasRole(role: Role): boolean {
    return this.roles.includes(role);
  }
}
