import { ArrayMaxSize, ArrayMinSize, IsIn, IsUUID } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { CleanText, IsInstant } from '../../shared/validation.js';
import { API_KEY_SCOPES, ApiKey } from '../auth/api-key.entity.js';

@InputType({ description: 'A new API key for an integration.' })
export class CreateApiKeyInput {
  @Field(() => String, { description: 'What the key is for, e.g. "BI dashboard".' })
  @CleanText({ min: 1, max: 100 })
  name!: string;

  @Field(() => [String], { description: `One or more of: ${API_KEY_SCOPES.join(', ')}.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(API_KEY_SCOPES.length)
  @IsIn([...API_KEY_SCOPES], { each: true })
  scopes!: string[];

  @Field(() => Date, { description: 'When the key stops working: in the future, at most two years ahead.' })
  @IsInstant()
  expiresAt!: Date;
}

@InputType({ description: 'The API key to revoke.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'The key’s id.' })
  @IsUUID()
  id!: string;
}

@ObjectType({ description: 'A new API key and its secret, which is shown this once and never again.' })
export class CreateApiKeyPayload {
  @Field(() => ApiKey, { description: 'The key as listed from now on.' })
  apiKey!: ApiKey;

  @Field(() => String, { description: 'Send as `Authorization: Bearer <secret>`. Only its hash is stored.' })
  secret!: string;
}
