import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description:
    'A complaint type (or type × service) tested for recurrence: is the count in the period above its own baseline (the six preceding periods of equal length)? One-sided Poisson test, or negative binomial when the baseline is overdispersed, with Benjamini–Hochberg adjustment across everything tested in one call.',
})
export class RecurringComplaintType {
  @Field(() => ID, { description: 'The complaint type.' })
  complaintTypeId!: string;

  @Field(() => String, { description: 'English name of the type.' })
  label!: string;

  @Field(() => String, { description: 'Dutch name of the type.' })
  labelNl!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The service, for type × service rows; null for the type as a whole.',
  })
  serviceId!: string | null;

  @Field(() => String, { nullable: true, description: 'English name of the service, for type × service rows.' })
  serviceLabel!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Complaints of this type received in the period (null where suppressed).',
  })
  currentCount!: number | null;

  @Field(() => Float, { description: 'Mean complaints per period over the baseline.' })
  baselineRate!: number;

  @Field(() => Float, { description: 'Standard deviations above the baseline under the model.' })
  statistic!: number;

  @Field(() => Float, { description: 'One-sided p-value: the chance of a count this high if nothing changed.' })
  pValue!: number;

  @Field(() => Float, { description: 'Benjamini–Hochberg adjusted p-value (false discovery rate).' })
  qValue!: number;

  @Field(() => String, { description: 'poisson or negative-binomial.' })
  model!: string;

  @Field(() => Boolean, { description: 'Flagged as recurring: q < 0.05 and at least the minimum count.' })
  flagged!: boolean;

  @Field(() => Boolean, {
    description: 'Whether an implemented or evaluated preventive measure targets this type (and service).',
  })
  hasMeasure!: boolean;

  @Field(() => Boolean, {
    description: 'Flagged while a measure for it was already evaluated: the measure may not be working.',
  })
  recurringAfterEvaluatedMeasure!: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Recurring complaint types (report 2).',
})
export class RecurrenceReport {
  @Field(() => [RecurringComplaintType], { description: 'Every type tested, flagged first, then by q-value.' })
  types!: RecurringComplaintType[];

  @Field(() => [RecurringComplaintType], { description: 'Every type × service tested, flagged first.' })
  typeByService!: RecurringComplaintType[];

  @Field(() => [RecurringComplaintType], {
    description: 'Flagged types that have no implemented or evaluated measure.',
  })
  recurringWithoutMeasure!: RecurringComplaintType[];

  @Field(() => Int, {
    description: 'Baseline periods used: up to six, fewer when the data starts later (below two nothing is flagged).',
  })
  baselinePeriods!: number;

  @Field(() => Int, { description: 'Cells suppressed because they counted fewer than k cases.' })
  suppressedCells!: number;

  @Field(() => String, { description: 'The type table as CSV.' })
  csv!: string;
}
