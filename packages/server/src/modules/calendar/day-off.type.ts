import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A day that is not a working day: a public holiday or a closure day.' })
export class DayOff {
  @Field(() => String, { description: 'YYYY-MM-DD.' })
  date!: string;

  @Field(() => String, { description: 'English name.' })
  name!: string;

  @Field(() => String, { description: 'Dutch name.' })
  nameNl!: string;

  @Field(() => String, { description: 'HOLIDAY or CLOSURE.' })
  kind!: 'HOLIDAY' | 'CLOSURE';
}
