import type { RequestContext } from '../../graphql/context.js';
import type { FeedbackCase } from '../cases/feedback-case.entity.js';

/**
 * Notes that the viewer is reading this case's personal data (the submitter's name, phone or
 * e-mail), for the audit log; call it only once the policy allowed the read, and reveal the data
 * after it resolves. The submitters' own reads of their cases are not recorded: the log answers
 * who else looked. At most one record per request, reader and case.
 */
export async function notePersonalDataRead(ctx: RequestContext, c: FeedbackCase): Promise<void> {
  const { viewer } = ctx;
  if (viewer.personId !== null && c.submitter?.id === viewer.personId) return;
  if (viewer.personId === null && viewer.apiKey === null) return;
  await ctx.loaders.personalDataReads.load({
    caseId: c.id,
    personId: viewer.personId,
    apiKey: viewer.apiKey ? { id: viewer.apiKey.id, name: viewer.apiKey.name } : null,
    requestId: ctx.requestId,
  });
}
