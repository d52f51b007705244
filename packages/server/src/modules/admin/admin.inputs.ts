import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { NoControlCharacters } from '../../shared/validation.js';
import { ROLES, RoleEnum, type Role } from '../people/role.js';
import { RELATIONSHIP_MANAGER_SCOPES, type RelationshipManagerScope } from '../settings/organisation-settings.entity.js';

const CODE = /^[A-Z0-9][A-Z0-9_-]{0,39}$/;
const codeMessage = { message: 'code must be 1–40 capitals, digits, _ or -' };

@InputType({ description: 'A service to create (no id) or change (with id).' })
export class SaveServiceInput {
  @Field(() => ID, { nullable: true, description: 'Leave out to create.' })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => String, { description: 'Short stable code, e.g. WORKPLACE.' })
  @Matches(CODE, codeMessage)
  code!: string;

  @Field(() => String, { description: 'English name.' })
  @Length(1, 120)
  @NoControlCharacters()
  name!: string;

  @Field(() => String, { description: 'Dutch name.' })
  @Length(1, 120)
  @NoControlCharacters()
  nameNl!: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether new cases can name it (default true).' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

@InputType({ description: 'A complaint type to create or change. A new lead time starts a new version; existing cases keep theirs.' })
export class SaveComplaintTypeInput extends SaveServiceInput {
  @Field(() => Int, { description: 'Resolution lead time in working days (procedure default 5).' })
  @IsInt()
  @Min(1)
  @Max(120)
  leadTimeWorkingDays!: number;

  @Field(() => Boolean, { nullable: true, description: 'Whether the deadline pauses while information is requested from the submitter (default false).' })
  @IsOptional()
  @IsBoolean()
  pausesClockOnInformationRequest?: boolean | null;
}

@InputType({ description: 'An organisation unit to create or change.' })
export class SaveOrganisationUnitInput {
  @Field(() => ID, { nullable: true, description: 'Leave out to create.' })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => String, { description: 'Short stable code.' })
  @Matches(CODE, codeMessage)
  code!: string;

  @Field(() => String, { description: 'Name of the unit.' })
  @Length(1, 200)
  @NoControlCharacters()
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The relationship manager whose portfolio holds the unit.' })
  @IsOptional()
  @IsUUID()
  relationshipManagerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether new cases can name it (default true).' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

@InputType({ description: 'A person to create or change, with their roles.' })
export class SavePersonInput {
  @Field(() => ID, { nullable: true, description: 'Leave out to create.' })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => String, { description: 'Name.' })
  @Length(1, 200)
  @NoControlCharacters()
  displayName!: string;

  @Field(() => String, { description: 'E-mail address (unique).' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field(() => String, { nullable: true, description: 'Phone number (stored normalised, E.164).' })
  @IsOptional()
  @MaxLength(40)
  @NoControlCharacters()
  phone?: string | null;

  @Field(() => [RoleEnum], { description: 'Roles; at least one.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @IsIn([...ROLES], { each: true })
  roles!: Role[];

  @Field(() => ID, { nullable: true, description: 'Organisation unit.' })
  @IsOptional()
  @IsUUID()
  organisationUnitId?: string | null;

  @Field(() => String, { nullable: true, description: 'The `sub` of this person’s tokens at the identity provider.' })
  @IsOptional()
  @Length(1, 200)
  externalSubject?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Inactive people keep their history but get no new work (default true).' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

@InputType({ description: 'An extra day off (closure day).' })
export class ClosureDayInput {
  @Field(() => String, { description: 'The date, YYYY-MM-DD.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  date!: string;

  @Field(() => String, { description: 'Why the organisation is closed.' })
  @Length(1, 120)
  @NoControlCharacters()
  name!: string;
}

@InputType({ description: 'Organisation-wide settings; fields left out keep their value.' })
export class UpdateSettingsInput {
  @Field(() => Boolean, { nullable: true, description: 'Whether Liberation Day (5 May) is a day off.' })
  @IsOptional()
  @IsBoolean()
  liberationDayIsHoliday?: boolean | null;

  @Field(() => String, { nullable: true, description: 'PORTFOLIO: relationship managers act on their own cases; ALL: on any case.' })
  @IsOptional()
  @IsIn([...RELATIONSHIP_MANAGER_SCOPES])
  relationshipManagerScope?: RelationshipManagerScope | null;

  @Field(() => Int, { nullable: true, description: 'Report cells with fewer cases than this are suppressed.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  minimumReportCellSize?: number | null;
}
