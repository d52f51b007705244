import type { RequestContext } from '../../graphql/context.js';
import { FeedbackCase } from './feedback-case.entity.js';

/** The viewer's own submissions, newest first (a submitter sees the status of own submissions only). */
export async function findMyCases({ ctx }: { ctx: RequestContext }): Promise<FeedbackCase[]> {
  if (!ctx.viewer.personId) return [];
  return ctx.em.find(FeedbackCase, { submitter: ctx.viewer.personId }, { orderBy: { receivedAt: 'desc' }, limit: 200 });
}
