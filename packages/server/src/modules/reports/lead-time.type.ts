import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export const LEAD_TIME_GROUPINGS = ['COMPLAINT_TYPE', 'SERVICE', 'RELATIONSHIP_MANAGER'] as const;
export type LeadTimeGrouping = (typeof LEAD_TIME_GROUPINGS)[number];
export const LeadTimeGroupingEnum = {
  COMPLAINT_TYPE: 'COMPLAINT_TYPE',
  SERVICE: 'SERVICE',
  RELATIONSHIP_MANAGER: 'RELATIONSHIP_MANAGER',
} as const;
registerEnumType(LeadTimeGroupingEnum, {
  name: 'LeadTimeGrouping',
  description: 'How lead-time performance is broken down.',
});

@ObjectType({
  simpleResolvers: true,
  description:
    'Lead-time performance of complaints received in the period. Shares are fractions 0–1 of the cases they apply to; null where no case applies or the group is suppressed.',
})
export class LeadTimeRow {
  @Field(() => ID, {
    nullable: true,
    description: 'Id of the complaint type, service or relationship manager; null for the total and for "not set".',
  })
  key!: string | null;

  @Field(() => String, { description: 'Name (staff names for relationship managers; never submitters).' })
  label!: string;

  @Field(() => Int, { nullable: true, description: 'Complaints received (null when suppressed: fewer than k).' })
  cases!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share acknowledged by the end of the 1st working day.' })
  acknowledgedInTime!: number | null;

  /**
   * "Acknowledgement sent within one working day", computed only when asked for (it reads the
   * cases and the outbox, not the rollup): see `acknowledgement-delivery.ts`. Absent when suppressed.
   */
  acknowledgementSentInTime?: () => Promise<number | null>;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of resolved complaints resolved by the original deadline.',
  })
  resolvedWithinOriginalDeadline!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of resolved complaints resolved by the agreed deadline (extensions included).',
  })
  resolvedWithinAgreedDeadline!: number | null;

  @Field(() => Int, { nullable: true, description: 'Deadline extensions agreed.' })
  extensions!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of extensions told to the submitter before the previous deadline passed.',
  })
  extensionsInformedInTime!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median working days from receipt to resolution.' })
  medianWorkingDays!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile of working days from receipt to resolution.' })
  p90WorkingDays!: number | null;

  @Field(() => Int, { nullable: true, description: 'Open now and past the resolution deadline.' })
  openPastDeadline!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Open now and older than three times the lead time (in working days, approximated as 7/5 calendar days each).',
  })
  openPastThreeTimesLeadTime!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Lead-time performance (step 3): a total and a breakdown.',
})
export class LeadTimePerformance {
  @Field(() => LeadTimeRow, { description: 'All complaints in the filter.' })
  total!: LeadTimeRow;

  @Field(() => [LeadTimeRow], { description: 'One row per group, largest first.' })
  rows!: LeadTimeRow[];

  @Field(() => Int, { description: 'Groups suppressed because they counted fewer than k cases.' })
  suppressedCells!: number;

  @Field(() => String, { description: 'The table as CSV (spreadsheet-safe).' })
  csv!: string;
}
