import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import {
  CasePayload,
  AssignHandlerInput,
  CaseStepInput,
  CloseCaseInput,
  DecideComplaintInput,
  ExtendDeadlineInput,
  PassOnComplimentInput,
  ReassignRelationshipManagerInput,
  ReclassifyCaseInput,
  ReopenCaseInput,
  RequestInformationInput,
  ResolveComplaintInput,
  RespondToSuggestionInput,
} from './steps/case-step.inputs.js';
import { assignHandler } from './steps/assign-handler.js';
import { closeCase } from './steps/close-case.js';
import { considerSuggestion } from './steps/consider-suggestion.js';
import { decideComplaint } from './steps/decide-complaint.js';
import { extendDeadline } from './steps/extend-deadline.js';
import { passOnCompliment } from './steps/pass-on-compliment.js';
import { reassignRelationshipManager } from './steps/reassign-relationship-manager.js';
import { receiveInformation } from './steps/receive-information.js';
import { reclassifyCase } from './steps/reclassify-case.js';
import { reopenCase } from './steps/reopen-case.js';
import { requestInformation } from './steps/request-information.js';
import { resolveComplaint } from './steps/resolve-complaint.js';
import { respondToSuggestion } from './steps/respond-to-suggestion.js';
import { startWork } from './steps/start-work.js';
import { takeTriage } from './steps/take-triage.js';
import { withdrawCase } from './steps/withdraw-case.js';

/** The lifecycle steps of steps 2–5: each mutation maps its input and calls one use case. */
@Resolver()
export class CaseStepsResolver {
  @Authorized()
  @Mutation(() => CasePayload, {
    description: 'A relationship manager takes a received complaint into triage (it becomes theirs if it had nobody).',
  })
  async takeTriage(
    @Arg('input', () => CaseStepInput) input: CaseStepInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CasePayload> {
    return { case: await takeTriage({ ctx, input }) };
  }

  @Authorized()
  @Mutation(() => CasePayload, { description: 'Hands the case to another relationship manager.' })
  async reassignRelationshipManager(
    @Arg('input', () => ReassignRelationshipManagerInput) input: ReassignRelationshipManagerInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CasePayload> {
    return { case: await reassignRelationshipManager({ ctx, input }) };
  }

  @Authorized()
  @Mutation(() => CasePayload, {
    description:
      'Judges a complaint in triage: justified or partly justified go on; unjustified, withdrawn or not handled close it with the reason.',
  })
  async decideComplaint(
    @Arg('input', () => DecideComplaintInput) input: DecideComplaintInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CasePayload> {
    return { case: await decideComplaint({ ctx, input }) };
  }

  @Authorized()
  @Mutation(() => CasePayload, { description: 'Assigns (or reassigns) the handler of a justified complaint.' })
  async assignHandler(
    @Arg('input', () => AssignHandlerInput) input: AssignHandlerInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CasePayload> {
    return { case: await assignHandler({ ctx, input }) };
  }

  @Authorized()
  @Mutation(() => CasePayload, { description: 'The assigned handler starts work.' })
  async startWork(
    @Arg('input', () => CaseStepInput) input: CaseStepInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CasePayload> {
    return { case: await startWork({ ctx, input }) };
  }

  @Authorized()
  @Mutation(() => CasePayload, { description: 'Records a question to the submitter; the deadline keeps running.' })
  async requestInformation(
    @Arg('input', () => RequestInformationInput) input: RequestInformationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CasePayload> {
    return { case: await requestInformation({ ctx, input }) };
  }

  @Authorized()
  @Mutation(() => CasePayload, {
    description: 'Agrees a later resolution deadline and records when the submitter was told.',
  })
  async extendDeadline(
    @Arg('input', () => ExtendDeadlineInput) input: ExtendDeadlineInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CasePayload> {
    return { case: await extendDeadline({ ctx, input }) };
  }

  @Authorized()
  @Mutation(() => CasePayload, { description: 'The handler settles the complaint and records the measures taken.' })
  async resolveComplaint(
    @Arg('input', () => ResolveComplaintInput) input: ResolveComplaintInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CasePayload> {
    return { case: await resolveComplaint({ ctx, input }) };
  }

  @Authorized()
  @Mutation(() => CasePayload, {
    description: 'Closes a case; complaints after evaluation (preventive measures linked, or why none is needed).',
  })
  async closeCase(
    @Arg('input', () => CloseCaseInput) input: CloseCaseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CasePayload> {
    return { case: await closeCase({ ctx, input }) };
  }

  @Authorized()
  @Mutation(() => CasePayload, {
    description: 'Withdraws a case (the submitter, or the relationship manager on their behalf).',
  })
  async withdrawCase(
    @Arg('input', () => CaseStepInput) input: CaseStepInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CasePayload> {
    return { case: await withdrawCase({ ctx, input }) };
  }

  @Authorized()
  @Mutation(() => CasePayload, { description: 'Reopens a resolved or closed case for a new triage.' })
  async reopenCase(
    @Arg('input', () => ReopenCaseInput) input: ReopenCaseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CasePayload> {
    return { case: await reopenCase({ ctx, input }) };
  }

  @Authorized()
  @Mutation(() => CasePayload, {
    description: 'Changes the complaint type and/or service; the event keeps old and new values.',
  })
  async reclassifyCase(
    @Arg('input', () => ReclassifyCaseInput) input: ReclassifyCaseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CasePayload> {
    return { case: await reclassifyCase({ ctx, input }) };
  }

  @Authorized()
  @Mutation(() => CasePayload, { description: 'Takes a suggestion into consideration.' })
  async considerSuggestion(
    @Arg('input', () => CaseStepInput) input: CaseStepInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CasePayload> {
    return { case: await considerSuggestion({ ctx, input }) };
  }

  @Authorized()
  @Mutation(() => CasePayload, { description: 'Adopts or declines a suggestion with the response to the submitter.' })
  async respondToSuggestion(
    @Arg('input', () => RespondToSuggestionInput) input: RespondToSuggestionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CasePayload> {
    return { case: await respondToSuggestion({ ctx, input }) };
  }

  @Authorized()
  @Mutation(() => CasePayload, { description: 'Passes a compliment on to the team or person praised.' })
  async passOnCompliment(
    @Arg('input', () => PassOnComplimentInput) input: PassOnComplimentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CasePayload> {
    return { case: await passOnCompliment({ ctx, input }) };
  }

  @Authorized()
  @Mutation(() => CasePayload, {
    description:
      'The submitter answered an information request; a paused clock resumes and the deadline moves by the working days waited.',
  })
  async receiveInformation(
    @Arg('input', () => CaseStepInput) input: CaseStepInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CasePayload> {
    return { case: await receiveInformation({ ctx, input }) };
  }
}
