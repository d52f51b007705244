import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { DevMailboxMessage } from './dev-mailbox-message.entity.js';
import { findDevMailbox } from './find-dev-mailbox.js';
import { findOutboxMessages } from './find-outbox-messages.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { OutboxMessagesArgs, ResendOutboxMessageInput, ResendOutboxMessagePayload } from './outbox.inputs.js';
import { resendOutboxMessage } from './resend-outbox-message.js';

/** The outbox and the dev mailbox, for administrators. */
@Resolver(() => OutboxMessage)
export class OutboxResolver {
  @Authorized('ADMINISTRATOR')
  @Query(() => [OutboxMessage], {
    description: 'Messages of every case, newest first: queued, retrying, sent and dead (administrators).',
  })
  outboxMessages(@Args(() => OutboxMessagesArgs) args: OutboxMessagesArgs, @Ctx() ctx: RequestContext) {
    return findOutboxMessages({ em: ctx.em, viewer: ctx.viewer, status: args.status ?? null, first: args.first });
  }

  @Authorized('ADMINISTRATOR')
  @Query(() => [DevMailboxMessage], {
    description:
      'The dev mailbox: the mail delivered without an SMTP server (development), newest first (administrators).',
  })
  devMailbox(
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<DevMailboxMessage[]> {
    return findDevMailbox({ em: ctx.em, viewer: ctx.viewer, first: Math.min(Math.max(first, 1), 200) });
  }

  @Authorized('ADMINISTRATOR')
  @Mutation(() => ResendOutboxMessagePayload, {
    description: 'Queues a sent or dead message again, due now (administrators; recorded in the trail).',
  })
  async resendOutboxMessage(
    @Arg('input', () => ResendOutboxMessageInput) input: ResendOutboxMessageInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ResendOutboxMessagePayload> {
    const message = await resendOutboxMessage({ em: ctx.em, actor: ctx.viewer, now: ctx.services.now(), id: input.id });
    return { message };
  }

  @FieldResolver(() => String, { nullable: true, description: 'The registration number of its case.' })
  async registrationNumber(@Root() message: OutboxMessage): Promise<string | null> {
    return message.case ? ((await message.case.load())?.registrationNumber ?? null) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The id of its case.' })
  caseId(@Root() message: OutboxMessage): string | null {
    return message.case?.id ?? null;
  }
}
