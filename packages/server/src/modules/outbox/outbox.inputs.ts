import { Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DeliveryStatus, OutboxMessage } from './outbox-message.entity.js';

@ArgsType()
export class OutboxMessagesArgs {
  @Field(() => DeliveryStatus, { nullable: true, description: 'Only messages in this state; all when absent.' })
  status?: DeliveryStatus | null;

  @Field(() => Int, { defaultValue: 50, description: 'At most this many (1–200), newest first.' })
  @Min(1)
  @Max(200)
  first: number = 50;
}

@InputType({ description: 'Which message to send again.' })
export class ResendOutboxMessageInput {
  @Field(() => ID, { description: 'The outbox message.' })
  id!: string;
}

@ObjectType({ description: 'The message, queued again.' })
export class ResendOutboxMessagePayload {
  @Field(() => OutboxMessage, { description: 'The message as it is now.' })
  message!: OutboxMessage;
}
