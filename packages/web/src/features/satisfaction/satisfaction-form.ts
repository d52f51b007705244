import { isSatisfactionScore, SATISFACTION_LIMITS, type SatisfactionScore } from '@klankbord/domain';
import type { MessageId } from '../../i18n/messages';
import { formText } from '../../ui/forms/form-text';

/** The words beside each score, worst to best. */
export const SCORE_LABELS: Record<SatisfactionScore, MessageId> = {
  1: 'satisfaction.score1',
  2: 'satisfaction.score2',
  3: 'satisfaction.score3',
  4: 'satisfaction.score4',
  5: 'satisfaction.score5',
};

/** Why a link cannot be answered: the link's state from the server, or the code of a refused answer. */
const LINK_PROBLEMS: Record<string, MessageId> = {
  ANSWERED: 'satisfaction.alreadyAnswered',
  ALREADY_ANSWERED: 'satisfaction.alreadyAnswered',
  EXPIRED: 'satisfaction.expired',
  LINK_EXPIRED: 'satisfaction.expired',
  INVALID: 'satisfaction.invalid',
  LINK_INVALID: 'satisfaction.invalid',
};

/** The message for a link that cannot be answered, or null when it can (or the problem is something else). */
export function linkProblem(stateOrCode: string | null | undefined): MessageId | null {
  return (stateOrCode && LINK_PROBLEMS[stateOrCode]) || null;
}

export const COMMENT_MAX = SATISFACTION_LIMITS.comment.max;

/** The answer as the form holds it, or which message to show when no score was picked. */
export function readAnswer(
  data: FormData,
): { ok: true; score: SatisfactionScore; comment: string | null } | { ok: false; problem: MessageId } {
  const score = Number(data.get('score'));
  if (!isSatisfactionScore(score)) return { ok: false, problem: 'satisfaction.pickScore' };
  const comment = formText(data, 'comment').trim();
  return { ok: true, score, comment: comment === '' ? null : comment };
}
