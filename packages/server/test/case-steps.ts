import type { MikroORM } from '@mikro-orm/postgresql';
import type { Viewer } from '../src/modules/auth/viewer.js';
import { CaseEvent } from '../src/modules/cases/case-event.entity.js';
import { FeedbackCase } from '../src/modules/cases/feedback-case.entity.js';
import { submitFeedback } from '../src/modules/intake/submit-feedback.js';
import type { GraphQLResult, TestApp } from './harness.js';

/** Input type of each step mutation. */
export const STEP_INPUTS = {
  takeTriage: 'CaseStepInput',
  reassignRelationshipManager: 'ReassignRelationshipManagerInput',
  decideComplaint: 'DecideComplaintInput',
  assignHandler: 'AssignHandlerInput',
  startWork: 'CaseStepInput',
  requestInformation: 'RequestInformationInput',
  receiveInformation: 'CaseStepInput',
  extendDeadline: 'ExtendDeadlineInput',
  resolveComplaint: 'ResolveComplaintInput',
  closeCase: 'CloseCaseInput',
  withdrawCase: 'CaseStepInput',
  reopenCase: 'ReopenCaseInput',
  reclassifyCase: 'ReclassifyCaseInput',
  considerSuggestion: 'CaseStepInput',
  respondToSuggestion: 'RespondToSuggestionInput',
  passOnCompliment: 'PassOnComplimentInput',
} as const;
export type StepName = keyof typeof STEP_INPUTS;

export interface StepCase {
  id: string;
  version: number;
  status: string;
  outcome: string | null;
  resolutionDueAt: string;
}

/** Runs one step mutation through the real Apollo server. */
export function step(
  app: TestApp,
  viewer: Viewer,
  name: StepName,
  input: Record<string, unknown>,
): Promise<GraphQLResult<Record<string, { case: StepCase }>>> {
  return app.execute(
    `mutation Step($input: ${STEP_INPUTS[name]}!) { ${name}(input: $input) { case { id version status outcome resolutionDueAt } } }`,
    { input },
    viewer,
  );
}

/** Runs a step that must succeed and returns the case after it. */
export async function stepOk(
  app: TestApp,
  viewer: Viewer,
  name: StepName,
  input: Record<string, unknown>,
): Promise<StepCase> {
  const result = await step(app, viewer, name, input);
  if (result.errors?.length) throw new Error(`${name} failed: ${JSON.stringify(result.errors)}`);
  return result.data![name]!.case;
}

/** Files a case as `submitter` through the intake use case. */
export async function fileCase(
  app: TestApp,
  submitter: Viewer,
  kind: 'COMPLAINT' | 'SUGGESTION' | 'COMPLIMENT',
  extra: Record<string, unknown> = {},
) {
  const { case: created } = await submitFeedback({
    ctx: app.context(submitter),
    input: { kind, description: `A ${kind.toLowerCase()} about the service desk.`, phone: '0612345678', ...extra },
  });
  return created;
}

/** The stored state of a case and its events, read afresh. */
export async function storedCase(orm: MikroORM, id: string) {
  const em = orm.em.fork();
  const c = await em.findOneOrFail(FeedbackCase, id);
  const events = await em.find(CaseEvent, { case: id }, { orderBy: { id: 'asc' } });
  return { c, events, eventTypes: events.map((e) => e.type) };
}
