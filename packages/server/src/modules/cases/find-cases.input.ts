import { type CaseKind, type CaseStatus } from '@klankbord/domain';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { CleanText, IsDay } from '../../shared/validation.js';
import { CaseKindEnum, CaseStatusEnum } from './case-enums.js';

export const CASE_ORDERS = ['RECEIVED_AT_DESC', 'DUE_AT_ASC'] as const;
export type CaseOrder = (typeof CASE_ORDERS)[number];
export const CaseOrderEnum = { RECEIVED_AT_DESC: 'RECEIVED_AT_DESC', DUE_AT_ASC: 'DUE_AT_ASC' } as const;
registerEnumType(CaseOrderEnum, {
  name: 'CaseOrder',
  description: 'Sort order of a case list.',
  valuesConfig: {
    RECEIVED_AT_DESC: { description: 'Newest first.' },
    DUE_AT_ASC: { description: 'Earliest resolution deadline first (overdue on top).' },
  },
});

@InputType({
  description: 'Which cases to list. Every filter narrows; the viewer only ever sees the cases they may read.',
})
export class CaseFilter {
  @Field(() => CaseKindEnum, { nullable: true, description: 'Only this kind.' })
  @IsOptional()
  kind?: CaseKind | null;

  @Field(() => [CaseStatusEnum], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  @ArrayMaxSize(20)
  statuses?: CaseStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only this complaint type.' })
  @IsOptional()
  @IsUUID()
  complaintTypeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this service.' })
  @IsOptional()
  @IsUUID()
  serviceId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this organisation unit.' })
  @IsOptional()
  @IsUUID()
  organisationUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this relationship manager.' })
  @IsOptional()
  @IsUUID()
  relationshipManagerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this handler.' })
  @IsOptional()
  @IsUUID()
  handlerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Received on or after this date (YYYY-MM-DD, Europe/Amsterdam).',
  })
  @IsOptional()
  @IsDay()
  receivedFrom?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Received on or before this date (YYYY-MM-DD, Europe/Amsterdam).',
  })
  @IsOptional()
  @IsDay()
  receivedTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only open cases past their resolution deadline.' })
  @IsOptional()
  overdue?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Only open cases due within this many working days.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  dueWithinWorkingDays?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words in the description (roles that may read descriptions only).',
  })
  @IsOptional()
  @CleanText({ max: 200 })
  text?: string | null;
}
