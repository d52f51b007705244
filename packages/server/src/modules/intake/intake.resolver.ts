import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { limitIntake } from '../rate-limits/rate-limits.js';
import { importCases } from './import-cases.js';
import { ImportCasesInput, ImportCasesPayload } from './import-cases.input.js';
import { submitFeedback } from './submit-feedback.js';
import { SubmitFeedbackInput } from './submit-feedback.input.js';
import { SubmitFeedbackPayload } from './submit-feedback.payload.js';

@Resolver()
export class IntakeResolver {
  @Authorized()
  @Mutation(() => SubmitFeedbackPayload, {
    description:
      'Files a complaint, suggestion or compliment (the portal form). One transaction: registration number, deadlines, relationship manager, acknowledgement. Safe to retry with the same idempotency key.',
  })
  async submitFeedback(
    @Arg('input', () => SubmitFeedbackInput) input: SubmitFeedbackInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SubmitFeedbackPayload> {
    await limitIntake(ctx);
    const result = await submitFeedback({ ctx, input });
    return {
      case: result.case,
      registrationNumber: result.case.registrationNumber,
      acknowledgementDueAt: result.case.acknowledgementDueAt,
      resolutionDueAt: result.case.resolutionDueAt,
      replayed: result.replayed,
    };
  }

  @Authorized()
  @Mutation(() => ImportCasesPayload, {
    description:
      'Imports historical cases (administrators, or integrations with the cases:import scope). Every row is checked first; a file with refused rows imports nothing unless skipInvalidRows is set.',
  })
  importCases(
    @Arg('input', () => ImportCasesInput) input: ImportCasesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ImportCasesPayload> {
    return importCases({ ctx, input });
  }
}
