import { type CaseKind } from '@klankbord/domain';
import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsDay } from '../../shared/validation.js';
import { CaseKindEnum } from '../cases/case-enums.js';

export const BUCKETS = ['WEEK', 'MONTH', 'QUARTER', 'YEAR'] as const;
export type Bucket = (typeof BUCKETS)[number];
export const BucketEnum = { WEEK: 'WEEK', MONTH: 'MONTH', QUARTER: 'QUARTER', YEAR: 'YEAR' } as const;
registerEnumType(BucketEnum, {
  name: 'Bucket',
  description: 'Calendar periods of Europe/Amsterdam (ISO weeks start on Monday).',
});

@InputType({
  description:
    'Which cases a report counts: received from `from` to `to` inclusive (Europe/Amsterdam dates), optionally narrowed by kind, services, complaint types and organisation units.',
})
export class ReportFilter {
  @Field(() => String, { description: 'First day, YYYY-MM-DD.' })
  @IsDay()
  from!: string;

  @Field(() => String, { description: 'Last day, YYYY-MM-DD (inclusive).' })
  @IsDay()
  to!: string;

  @Field(() => BucketEnum, { nullable: true, description: 'Period of the trend points (default MONTH).' })
  @IsOptional()
  bucket?: Bucket | null;

  @Field(() => CaseKindEnum, { nullable: true, description: 'Only this kind.' })
  @IsOptional()
  kind?: CaseKind | null;

  @Field(() => [ID], { nullable: true, description: 'Only these services.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  serviceIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only these complaint types.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  complaintTypeIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only these organisation units.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  organisationUnitIds?: string[] | null;
}
