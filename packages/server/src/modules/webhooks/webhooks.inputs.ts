import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WEBHOOK_EVENTS, WebhookEventEnum, type WebhookEvent } from './webhook-events.js';

@InputType({ description: 'A new webhook endpoint.' })
export class CreateWebhookEndpointInput {
  @Field(() => String, { description: 'Where deliveries are POSTed: https (http only outside production).' })
  @MaxLength(2000)
  url!: string;

  @Field(() => [WebhookEventEnum], { description: 'One or more events to deliver.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENTS.length)
  events!: WebhookEvent[];

  @Field(() => ID, {
    nullable: true,
    description: 'The integration’s API key: with the `pii:read` scope, payloads carry personal data.',
  })
  @IsOptional()
  @IsUUID()
  apiKeyId?: string | null;
}

@ObjectType({ description: 'A new endpoint and its signing secret, which is shown this once and never again.' })
export class CreateWebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { description: 'The endpoint as listed from now on.' })
  endpoint!: WebhookEndpoint;

  @Field(() => String, {
    description: 'The Standard Webhooks secret (`whsec_…`) to verify the `webhook-signature` header with.',
  })
  secret!: string;
}

@InputType({ description: 'What to change of a webhook endpoint; absent fields stay as they are.' })
export class ChangeWebhookEndpointInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => [WebhookEventEnum], { nullable: true, description: 'The events to deliver from now on.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENTS.length)
  events?: WebhookEvent[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'False pauses it (deliveries wait); true resumes it, with the waiting deliveries in order.',
  })
  active?: boolean | null;
}

@ArgsType()
export class WebhookDeliveriesArgs {
  @Field(() => ID, { description: 'The endpoint.' })
  @IsUUID()
  endpointId!: string;

  @Field(() => Int, { defaultValue: 50, description: 'At most this many (1–200), newest first.' })
  @Min(1)
  @Max(200)
  first: number = 50;
}
