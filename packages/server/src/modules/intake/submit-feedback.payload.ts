import { Field, ObjectType } from 'type-graphql';
import { FeedbackCase } from '../cases/feedback-case.entity.js';

@ObjectType({ description: 'The result of `submitFeedback`: what the confirmation screen shows.' })
export class SubmitFeedbackPayload {
  @Field(() => FeedbackCase, { description: 'The registered case.' })
  case!: FeedbackCase;

  @Field(() => String, { description: 'The registration number to quote, e.g. `SKC-2026-000042`.' })
  registrationNumber!: string;

  @Field(() => Date, { description: 'End of the 1st working day after receipt: the acknowledgement is due by then.' })
  acknowledgementDueAt!: Date;

  @Field(() => Date, { description: 'End of the lead time in working days: the case is due to be handled by then.' })
  resolutionDueAt!: Date;

  @Field(() => Boolean, {
    description:
      'True when this answers a retry: the case was filed by an earlier request with the same idempotency key.',
  })
  replayed!: boolean;
}
