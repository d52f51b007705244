import { FEEDBACK_LIMITS } from '@klankbord/domain';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CleanText, IsDay } from '../../shared/validation.js';
import { PreventiveMeasure } from './preventive-measure.entity.js';

@InputType({ description: 'A new preventive measure; the signed-in handler becomes its owner.' })
export class ProposeMeasureInput {
  @Field(() => String, { description: 'Short title.' })
  @CleanText({ min: 2, max: FEEDBACK_LIMITS.title.max })
  title!: string;

  @Field(() => String, { description: 'What will be done and why.' })
  @CleanText({ min: 2, max: FEEDBACK_LIMITS.description.max, multiline: true })
  description!: string;

  @Field(() => ID, { description: 'The complaint type it should prevent.' })
  @IsUUID()
  targetComplaintTypeId!: string;

  @Field(() => ID, { nullable: true, description: 'The service, when it targets one.' })
  @IsOptional()
  @IsUUID()
  targetServiceId?: string | null;

  @Field(() => String, { nullable: true, description: 'The effect the owner expects.' })
  @IsOptional()
  @CleanText({ min: 2, max: FEEDBACK_LIMITS.note.max, multiline: true })
  expectedEffect?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Complaints that prompted it.' })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  caseIds?: string[] | null;
}

@InputType({ description: 'Which measure, at which version.' })
export class MeasureStepInput {
  @Field(() => ID, { description: 'The measure.' })
  @IsUUID()
  measureId!: string;

  @Field(() => Int, { description: 'The version you saw; a newer one is a CONFLICT.' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true, description: 'A note for the history.' })
  @IsOptional()
  @CleanText({ min: 1, max: FEEDBACK_LIMITS.note.max, multiline: true })
  note?: string | null;
}

@InputType({ description: 'Change what a measure says (not its status).' })
export class UpdateMeasureInput extends MeasureStepInput {
  @Field(() => String, { nullable: true, description: 'New title.' })
  @IsOptional()
  @CleanText({ min: 2, max: FEEDBACK_LIMITS.title.max })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New description.' })
  @IsOptional()
  @CleanText({ min: 2, max: FEEDBACK_LIMITS.description.max, multiline: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'New expected effect.' })
  @IsOptional()
  @CleanText({ min: 2, max: FEEDBACK_LIMITS.note.max, multiline: true })
  expectedEffect?: string | null;
}

@InputType({ description: 'The measure took effect.' })
export class ImplementMeasureInput extends MeasureStepInput {
  @Field(() => String, { description: 'Date it took effect, YYYY-MM-DD; its effect is measured from here.' })
  @IsDay()
  implementedOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Date it was communicated to the relationship managers, YYYY-MM-DD.',
  })
  @IsOptional()
  @IsDay()
  communicatedOn?: string | null;
}

@InputType({ description: 'The conclusion of the evaluation.' })
export class EvaluateMeasureInput extends MeasureStepInput {
  @Field(() => String, { description: 'What the evaluation found.' })
  @CleanText({ min: 2, max: FEEDBACK_LIMITS.note.max, multiline: true })
  evaluationNote!: string;
}

@InputType({ description: 'Link complaints that prompted a measure or are covered by it.' })
export class LinkCasesToMeasureInput extends MeasureStepInput {
  @Field(() => [ID], { description: 'The complaints.' })
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  caseIds!: string[];
}

@ObjectType({ description: 'The measure after a change.' })
export class MeasurePayload {
  @Field(() => PreventiveMeasure, { description: 'The measure as it is now (with its new version).' })
  measure!: PreventiveMeasure;
}
