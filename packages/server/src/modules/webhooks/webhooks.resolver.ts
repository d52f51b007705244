import { Args, Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { changeWebhookEndpoint } from './change-webhook-endpoint.js';
import { createWebhookEndpoint } from './create-webhook-endpoint.js';
import { findWebhookDeliveries, findWebhookEndpoints } from './find-webhooks.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import {
  ChangeWebhookEndpointInput,
  CreateWebhookEndpointInput,
  CreateWebhookEndpointPayload,
  WebhookDeliveriesArgs,
} from './webhooks.inputs.js';

/** Webhook endpoints and their delivery logs (administrators). */
@Resolver(() => WebhookEndpoint)
export class WebhooksResolver {
  @Authorized('ADMINISTRATOR')
  @Query(() => [WebhookEndpoint], { description: 'Every webhook endpoint, newest first (administrators).' })
  webhookEndpoints(@Ctx() ctx: RequestContext): Promise<WebhookEndpoint[]> {
    return findWebhookEndpoints({ em: ctx.em, viewer: ctx.viewer });
  }

  @Authorized('ADMINISTRATOR')
  @Query(() => [WebhookDelivery], { description: 'An endpoint’s delivery log, newest first (administrators).' })
  webhookDeliveries(
    @Args(() => WebhookDeliveriesArgs) args: WebhookDeliveriesArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookDelivery[]> {
    return findWebhookDeliveries({ em: ctx.em, viewer: ctx.viewer, endpointId: args.endpointId, first: args.first });
  }

  @Authorized('ADMINISTRATOR')
  @Mutation(() => CreateWebhookEndpointPayload, {
    description: 'Registers a webhook endpoint; its signing secret is in the payload this once (administrators).',
  })
  createWebhookEndpoint(
    @Arg('input', () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreateWebhookEndpointPayload> {
    return createWebhookEndpoint({
      em: ctx.em,
      actor: ctx.viewer,
      now: ctx.services.now(),
      production: ctx.services.env.NODE_ENV === 'production',
      input,
    });
  }

  @Authorized('ADMINISTRATOR')
  @Mutation(() => WebhookEndpoint, {
    description: 'Changes a webhook endpoint’s events, or pauses or resumes it (administrators).',
  })
  changeWebhookEndpoint(
    @Arg('input', () => ChangeWebhookEndpointInput) input: ChangeWebhookEndpointInput,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookEndpoint> {
    return changeWebhookEndpoint({ em: ctx.em, actor: ctx.viewer, now: ctx.services.now(), input });
  }
}
