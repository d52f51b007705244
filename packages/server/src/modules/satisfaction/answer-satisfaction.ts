import type { RequestContext } from '../../graphql/context.js';
import { AppError } from '../../shared/errors.js';
import { limitSatisfaction } from '../rate-limits/rate-limits.js';
import { SatisfactionRequest } from './satisfaction-request.entity.js';
import type { AnswerSatisfactionInput, SatisfactionLinkState } from './satisfaction.types.js';
import { hashSatisfactionToken } from './satisfaction-token.js';

const REFUSALS: Record<Exclude<SatisfactionLinkState, 'OPEN'>, AppError> = {
  ANSWERED: new AppError('ALREADY_ANSWERED', 'This question has been answered already. Thank you.'),
  EXPIRED: new AppError('LINK_EXPIRED', 'This link has expired.'),
  INVALID: new AppError('LINK_INVALID', 'This link is not valid. Check that you copied all of it.'),
};

/**
 * Stores the submitter's answer to the satisfaction question. Needs no sign-in: the link's token
 * is the authority, and it works once. Single use is decided by the database — one conditional
 * UPDATE on the unanswered, unexpired row — so two answers at once, on any number of servers,
 * store exactly one. The case itself is not touched (no status, version or event changes).
 */
export async function answerSatisfaction({
  ctx,
  input,
}: {
  ctx: RequestContext;
  input: AnswerSatisfactionInput;
}): Promise<{ answered: true }> {
  await limitSatisfaction(ctx);
  const tokenHash = hashSatisfactionToken(input.token);
  const now = ctx.services.now();
  const stored = await ctx.em.nativeUpdate(
    SatisfactionRequest,
    { tokenHash, answeredAt: null, expiresAt: { $gt: now } },
    { answeredAt: now, score: input.score, comment: input.comment || null },
  );
  if (stored === 1) return { answered: true };
  const state = await linkState(ctx, tokenHash);
  throw REFUSALS[state === 'OPEN' ? 'ANSWERED' : state];
}

/** Whether a link can be answered, for the form to say so before anyone types (rate-limited too). */
export async function satisfactionLink({
  ctx,
  token,
}: {
  ctx: RequestContext;
  token: string;
}): Promise<{ state: SatisfactionLinkState }> {
  await limitSatisfaction(ctx);
  return { state: await linkState(ctx, hashSatisfactionToken(token)) };
}

async function linkState(ctx: RequestContext, tokenHash: string): Promise<SatisfactionLinkState> {
  const request = await ctx.em.findOne(SatisfactionRequest, { tokenHash }, { disableIdentityMap: true });
  if (!request) return 'INVALID';
  if (request.answeredAt) return 'ANSWERED';
  return request.expiresAt.getTime() <= ctx.services.now().getTime() ? 'EXPIRED' : 'OPEN';
}
