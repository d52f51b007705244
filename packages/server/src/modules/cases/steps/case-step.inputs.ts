import { COMPLAINT_DECISIONS, FEEDBACK_LIMITS, LIFECYCLES, type CaseOutcome } from '@klankbord/domain';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CleanText, IsDay, IsInstant } from '../../../shared/validation.js';
import { CaseOutcomeEnum } from '../case-enums.js';
import { FeedbackCase } from '../feedback-case.entity.js';

@InputType({ description: 'Which case, at which version, with an optional note for the audit trail.' })
export class CaseStepInput {
  @Field(() => ID, { description: 'The case.' })
  @IsUUID()
  caseId!: string;

  @Field(() => Int, {
    description: 'The case version you saw; if someone changed the case since, the step is refused with CONFLICT.',
  })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true, description: 'A note for the case history.' })
  @IsOptional()
  @CleanText({ max: FEEDBACK_LIMITS.note.max, multiline: true })
  note?: string | null;
}

@InputType({ description: 'Hand the case to another relationship manager.' })
export class ReassignRelationshipManagerInput extends CaseStepInput {
  @Field(() => ID, { description: 'The new relationship manager.' })
  @IsUUID()
  relationshipManagerId!: string;
}

/** What each decision leads to, from the complaint lifecycle: "JUSTIFIED or PARTLY_JUSTIFIED: the complaint becomes JUSTIFIED; …". */
const DECISION_EFFECTS = LIFECYCLES.COMPLAINT.filter((rule) => rule.action === 'DECIDE')
  .map((rule) => `${(rule.outcomes ?? []).join(' or ')}: the complaint becomes ${rule.to ?? 'unchanged'}`)
  .join('; ');

@InputType({ description: 'The relationship manager’s decision on a complaint in triage.' })
export class DecideComplaintInput extends CaseStepInput {
  @Field(() => CaseOutcomeEnum, { description: `${DECISION_EFFECTS}.` })
  @IsIn([...COMPLAINT_DECISIONS])
  outcome!: CaseOutcome;

  @Field(() => String, { description: 'The reason, as communicated to the submitter.' })
  @CleanText({ min: 2, max: FEEDBACK_LIMITS.note.max, multiline: true })
  reason!: string;
}

@InputType({ description: 'Assign (or reassign) the handler.' })
export class AssignHandlerInput extends CaseStepInput {
  @Field(() => ID, { description: 'The handler.' })
  @IsUUID()
  handlerId!: string;
}

@InputType({
  description:
    'Ask the submitter for information. The deadline keeps running unless the complaint type pauses the clock (see README: clock policy).',
})
export class RequestInformationInput extends CaseStepInput {
  @Field(() => String, { description: 'What is asked of the submitter.' })
  @CleanText({ min: 2, max: FEEDBACK_LIMITS.note.max, multiline: true })
  question!: string;
}

@InputType({ description: 'A later resolution deadline: give either a date or a number of extra working days.' })
export class ExtendDeadlineInput extends CaseStepInput {
  @Field(() => String, {
    nullable: true,
    description: 'New due date, YYYY-MM-DD (due at the end of that day, Europe/Amsterdam).',
  })
  @IsOptional()
  @IsDay()
  newDueDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'Or: this many working days after the current deadline.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  extraWorkingDays?: number | null;

  @Field(() => String, { description: 'Why the lead time cannot be met.' })
  @CleanText({ min: 2, max: FEEDBACK_LIMITS.note.max, multiline: true })
  reason!: string;

  @Field(() => Date, {
    description: 'When the submitter was told. Counts as "in time" only before the previous deadline passed.',
  })
  @IsInstant()
  submitterInformedAt!: Date;
}

@InputType({ description: 'The handler settles the complaint.' })
export class ResolveComplaintInput extends CaseStepInput {
  @Field(() => String, {
    description: 'The measures taken, as told to the submitter through the relationship manager.',
  })
  @CleanText({ min: 2, max: FEEDBACK_LIMITS.description.max, multiline: true })
  measuresTaken!: string;

  @Field(() => Date, { nullable: true, description: 'When the submitter was told (default: now).' })
  @IsOptional()
  @IsInstant()
  communicatedAt?: Date | null;
}

@InputType({
  description:
    'Close the case. Complaints are closed after evaluation: link preventive measures or say why none is needed.',
})
export class CloseCaseInput extends CaseStepInput {
  @Field(() => [ID], {
    nullable: true,
    description: 'Complaints: the preventive measures this complaint prompted or is covered by.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  measureIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Complaints without a measure: why none is needed.' })
  @IsOptional()
  @CleanText({ min: 2, max: FEEDBACK_LIMITS.note.max, multiline: true })
  noMeasureReason?: string | null;
}

@InputType({ description: 'Reopen a resolved or closed case.' })
export class ReopenCaseInput extends CaseStepInput {
  @Field(() => String, { description: 'Why it is reopened.' })
  @CleanText({ min: 2, max: FEEDBACK_LIMITS.note.max, multiline: true })
  reason!: string;
}

@InputType({
  description: 'Change the complaint type and/or service. See the README for when the deadline is recomputed.',
})
export class ReclassifyCaseInput extends CaseStepInput {
  @Field(() => ID, { nullable: true, description: 'New complaint type (complaints only).' })
  @IsOptional()
  @IsUUID()
  complaintTypeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'New service.' })
  @IsOptional()
  @IsUUID()
  serviceId?: string | null;
}

@InputType({ description: 'Adopt or decline a suggestion, with the response to the submitter.' })
export class RespondToSuggestionInput extends CaseStepInput {
  @Field(() => Boolean, { description: 'True to adopt, false to decline.' })
  adopt!: boolean;

  @Field(() => String, { description: 'The response given to the submitter.' })
  @CleanText({ min: 2, max: FEEDBACK_LIMITS.note.max, multiline: true })
  response!: string;
}

@InputType({ description: 'Pass a compliment on to the team or person praised.' })
export class PassOnComplimentInput extends CaseStepInput {
  @Field(() => String, { description: 'The team or person it was passed on to.' })
  @CleanText({ min: 2, max: FEEDBACK_LIMITS.title.max })
  passedOnTo!: string;
}

@ObjectType({ description: 'The case after a step.' })
export class CasePayload {
  @Field(() => FeedbackCase, { description: 'The case as it is now (with its new version).' })
  case!: FeedbackCase;
}
