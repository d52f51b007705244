import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** What the organisation delivers (workplace, accounts, telephony, printing, …). */
@Entity({ tableName: 'service' })
@ObjectType({
  description: 'A service the organisation delivers, e.g. workplace, accounts, telephony or printing.',
  simpleResolvers: true,
})
export class Service {
  [OptionalProps]?: 'active';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Short stable code, e.g. `WORKPLACE`.' })
  @Property({ type: 'text', unique: true })
  code: string;

  @Field(() => String, { description: 'English name.' })
  @Property({ type: 'text' })
  name: string;

  @Field(() => String, { description: 'Dutch name.' })
  @Property({ type: 'text' })
  nameNl: string;

  @Field(() => Boolean, { description: 'Whether new cases can still name this service.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  constructor(props: { code: string; name: string; nameNl: string }) {
    this.code = props.code;
    this.name = props.name;
    this.nameNl = props.nameNl;
  }
}
