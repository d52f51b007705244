import type { RequestContext } from '../../graphql/context.js';
import { assertListSize } from '../../shared/list-size.js';
import { FeedbackCase } from './feedback-case.entity.js';

/** The viewer's own submissions, newest first, at most `first` (a submitter sees the status of own submissions only). */
export async function findMyCases({ ctx, first }: { ctx: RequestContext; first: number }): Promise<FeedbackCase[]> {
  assertListSize(first);
  if (!ctx.viewer.personId) return [];
  return ctx.em.find(
    FeedbackCase,
    { submitter: ctx.viewer.personId },
    { orderBy: { receivedAt: 'desc' }, limit: first },
  );
}
