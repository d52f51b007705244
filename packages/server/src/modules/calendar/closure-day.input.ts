import { Field, InputType } from 'type-graphql';
import { CleanText, IsDay } from '../../shared/validation.js';

@InputType({ description: 'An extra day off (closure day).' })
export class ClosureDayInput {
  @Field(() => String, { description: 'The date, YYYY-MM-DD.' })
  @IsDay()
  date!: string;

  @Field(() => String, { description: 'Why the organisation is closed.' })
  @CleanText({ min: 1, max: 120 })
  name!: string;
}
