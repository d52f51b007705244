import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { API_KEY_SCOPES, ApiKey } from '../auth/api-key.entity.js';
import { CreateApiKeyInput, CreateApiKeyPayload, RevokeApiKeyInput } from './api-keys.inputs.js';
import { createApiKey } from './create-api-key.js';
import { listApiKeys } from './list-api-keys.js';
import { revokeApiKey } from './revoke-api-key.js';

/** API keys for integrations (administrators). */
@Resolver(() => ApiKey)
export class ApiKeysResolver {
  @Authorized('ADMINISTRATOR')
  @Query(() => [ApiKey], { description: 'Every API key, newest first, revoked and expired ones included.' })
  apiKeys(@Ctx() ctx: RequestContext): Promise<ApiKey[]> {
    return listApiKeys({ em: ctx.em, actor: ctx.viewer });
  }

  @Query(() => [String], { description: 'The scopes an API key can be given.' })
  apiKeyScopes(): string[] {
    return [...API_KEY_SCOPES];
  }

  @Authorized('ADMINISTRATOR')
  @Mutation(() => CreateApiKeyPayload, {
    description: 'Makes an API key; its secret is in the payload this once (administrators).',
  })
  createApiKey(
    @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreateApiKeyPayload> {
    return createApiKey({ em: ctx.em, actor: ctx.viewer, now: ctx.services.now(), input });
  }

  @Authorized('ADMINISTRATOR')
  @Mutation(() => ApiKey, { description: 'Revokes an API key: it is refused from now on (administrators).' })
  revokeApiKey(
    @Arg('input', () => RevokeApiKeyInput) input: RevokeApiKeyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ApiKey> {
    return revokeApiKey({ em: ctx.em, actor: ctx.viewer, now: ctx.services.now(), id: input.id });
  }
}
