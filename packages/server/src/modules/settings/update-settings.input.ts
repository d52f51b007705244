import { IsBoolean, IsIn, IsInt, IsOptional, IsUrl, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import {
  LANGUAGES,
  RELATIONSHIP_MANAGER_SCOPES,
  type Language,
  type RelationshipManagerScope,
} from './organisation-settings.entity.js';

@InputType({ description: 'Organisation-wide settings; fields left out keep their value.' })
export class UpdateSettingsInput {
  @Field(() => Boolean, { nullable: true, description: 'Whether Liberation Day (5 May) is a day off.' })
  @IsOptional()
  @IsBoolean()
  liberationDayIsHoliday?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'PORTFOLIO: relationship managers act on their own cases; ALL: on any case.',
  })
  @IsOptional()
  @IsIn([...RELATIONSHIP_MANAGER_SCOPES])
  relationshipManagerScope?: RelationshipManagerScope | null;

  @Field(() => Int, { nullable: true, description: 'Report cells with fewer cases than this are suppressed.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  minimumReportCellSize?: number | null;

  @Field(() => String, { nullable: true, description: 'The web app’s language until a person picks one: en or nl.' })
  @IsOptional()
  @IsIn([...LANGUAGES])
  defaultLanguage?: Language | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether complainants are asked their satisfaction in the outcome message (needs publicUrl).',
  })
  @IsOptional()
  @IsBoolean()
  askSatisfaction?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The web app’s public address (http or https, no path), the base of links in messages; an empty text clears it.',
  })
  @IsOptional()
  @ValidateIf((input: UpdateSettingsInput) => input.publicUrl !== '')
  @MaxLength(200)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  publicUrl?: string | null;
}
