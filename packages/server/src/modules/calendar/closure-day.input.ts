import { Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { NoControlCharacters } from '../../shared/validation.js';

@InputType({ description: 'An extra day off (closure day).' })
export class ClosureDayInput {
  @Field(() => String, { description: 'The date, YYYY-MM-DD.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  date!: string;

  @Field(() => String, { description: 'Why the organisation is closed.' })
  @Length(1, 120)
  @NoControlCharacters()
  name!: string;
}
