import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/** An extra day off the administrator enters (e.g. a bridge day); it is not a working day. */
@Entity({ tableName: 'closure_day' })
@ObjectType({ description: 'An extra day off entered by an administrator; not a working day.' })
export class ClosureDay {
  @Field(() => String, { description: 'The date, YYYY-MM-DD (Europe/Amsterdam).' })
  @PrimaryKey({ type: 'date' })
  date: string;

  @Field(() => String, { description: 'Why the organisation is closed that day.' })
  @Property({ type: 'text' })
  name: string;

  constructor(props: { date: string; name: string }) {
    this.date = props.date;
    this.name = props.name;
  }
}
