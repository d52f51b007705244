import { IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CleanText, IsReferenceCode } from '../../shared/validation.js';

@InputType({ description: 'A service to create (no id) or change (with id).' })
export class SaveServiceInput {
  @Field(() => ID, { nullable: true, description: 'Leave out to create.' })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => String, { description: 'Short stable code, e.g. WORKPLACE.' })
  @IsReferenceCode()
  code!: string;

  @Field(() => String, { description: 'English name.' })
  @CleanText({ min: 1, max: 120 })
  name!: string;

  @Field(() => String, { description: 'Dutch name.' })
  @CleanText({ min: 1, max: 120 })
  nameNl!: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether new cases can name it (default true).' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

@InputType({
  description:
    'A complaint type to create or change. A new lead time starts a new version; existing cases keep theirs.',
})
export class SaveComplaintTypeInput extends SaveServiceInput {
  @Field(() => Int, { description: 'Resolution lead time in working days (procedure default 5).' })
  @IsInt()
  @Min(1)
  @Max(120)
  leadTimeWorkingDays!: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the deadline pauses while information is requested from the submitter (default false).',
  })
  @IsOptional()
  @IsBoolean()
  pausesClockOnInformationRequest?: boolean | null;
}
