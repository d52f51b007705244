import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { canReadDescription } from '../cases/case.policy.js';
import { FeedbackCase } from '../cases/feedback-case.entity.js';
import { answerSatisfaction, satisfactionLink } from './answer-satisfaction.js';
import {
  AnswerSatisfactionInput,
  AnswerSatisfactionPayload,
  CaseSatisfaction,
  SatisfactionLink,
} from './satisfaction.types.js';

/**
 * Satisfaction after closure: the public form's look-up and answer (no sign-in: the link's token
 * decides, and both are rate-limited per client), and the answer on the case for staff.
 */
@Resolver(() => FeedbackCase)
export class SatisfactionResolver {
  @Query(() => SatisfactionLink, {
    description: 'Whether a satisfaction link can still be answered (no sign-in; rate-limited per client).',
  })
  satisfactionLink(@Arg('token', () => String) token: string, @Ctx() ctx: RequestContext): Promise<SatisfactionLink> {
    return satisfactionLink({ ctx, token: token.slice(0, 200) });
  }

  @Mutation(() => AnswerSatisfactionPayload, {
    description:
      'Answers the satisfaction question of a complaint, once (no sign-in; rate-limited per client). Refused with ALREADY_ANSWERED, LINK_EXPIRED or LINK_INVALID.',
  })
  answerSatisfaction(
    @Arg('input', () => AnswerSatisfactionInput) input: AnswerSatisfactionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AnswerSatisfactionPayload> {
    return answerSatisfaction({ ctx, input });
  }

  @FieldResolver(() => CaseSatisfaction, {
    nullable: true,
    description: 'Complaints: the satisfaction question sent with the outcome and its answer; null when not asked.',
  })
  async satisfaction(@Root() c: FeedbackCase, @Ctx() ctx: RequestContext): Promise<CaseSatisfaction | null> {
    const request = await ctx.loaders.caseSatisfaction.load(c.id);
    if (!request) return null;
    return {
      askedAt: request.askedAt,
      expiresAt: request.expiresAt,
      answeredAt: request.answeredAt,
      score: request.score,
      // Free text from the submitter: read like the description.
      comment: canReadDescription(ctx.viewer, c) ? request.comment : null,
    };
  }
}
