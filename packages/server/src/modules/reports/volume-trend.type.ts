import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description: 'One line of a trend: a complaint type or a service, with a count per bucket.',
})
export class TrendSeries {
  @Field(() => ID, { description: 'Id of the complaint type or service (null id: not classified).' })
  key!: string;

  @Field(() => String, { description: 'English name.' })
  label!: string;

  @Field(() => String, { description: 'Dutch name.' })
  labelNl!: string;

  @Field(() => [Int], {
    nullable: 'items',
    description: 'Cases received per bucket; null where a count of 1 to k−1 is suppressed.',
  })
  counts!: Array<number | null>;

  @Field(() => Int, { description: 'Total over the period (never suppressed).' })
  total!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'How many open cases have waited how long.',
})
export class BacklogAge {
  @Field(() => String, { description: 'Age band in whole days since receipt: 0-7, 8-30, 31-90, 90+.' })
  label!: string;

  @Field(() => Int, { description: 'Open cases of that age now.' })
  count!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Volume trend: cases received per bucket (by received date, Europe/Amsterdam), per complaint type and per service, resolved per bucket (by resolution date), the change against the previous period and the same period a year earlier, and the open backlog by age. Counts every kind unless the filter names one; withdrawn cases count as received.',
})
export class VolumeTrend {
  @Field(() => [String], { description: 'Start date of each bucket (YYYY-MM-DD), every bucket present.' })
  buckets!: string[];

  @Field(() => [Int], { description: 'Cases received per bucket.' })
  received!: number[];

  @Field(() => [Int], {
    description: 'Cases resolved or closed per bucket (by the date of resolution, or closure when never resolved).',
  })
  resolved!: number[];

  @Field(() => [TrendSeries], { description: 'Received complaints per complaint type, largest first.' })
  byComplaintType!: TrendSeries[];

  @Field(() => [TrendSeries], { description: 'Received cases per service, largest first.' })
  byService!: TrendSeries[];

  @Field(() => Int, { description: 'Cases received in the period.' })
  total!: number;

  @Field(() => Int, { description: 'Cases received in the period of equal length just before.' })
  previousPeriodTotal!: number;

  @Field(() => Int, { description: 'Cases received in the same period a year earlier.' })
  previousYearTotal!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Relative change against the previous period (0.25 = +25%); null when that was 0.',
  })
  changeVsPreviousPeriod!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Relative change against the same period a year earlier; null when that was 0.',
  })
  changeVsPreviousYear!: number | null;

  @Field(() => [BacklogAge], { description: 'Open cases received in the period, by age now.' })
  backlog!: BacklogAge[];

  @Field(() => Int, { description: 'How many cells were suppressed because they counted fewer than k cases.' })
  suppressedCells!: number;

  @Field(() => String, { description: 'The per-type and per-service table as CSV (spreadsheet-safe).' })
  csv!: string;
}
