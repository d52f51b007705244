import { Field, Int, ObjectType } from 'type-graphql';
import { LeadTimePerformance } from './lead-time.type.js';
import { Compliments, Outcomes } from './outcomes.type.js';
import { RecurrenceReport } from './recurring.type.js';
import { VolumeTrend } from './volume-trend.type.js';

@ObjectType({
  simpleResolvers: true,
  description: 'A preventive measure as the annual report lists it.',
})
export class AnnualMeasure {
  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'Target complaint type.' })
  complaintType!: string;

  @Field(() => String, { description: 'Status at the end of the year.' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'Implementation date.' })
  implementedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The effect in words (correlational), when it can be measured.' })
  effect!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A year in the structure of a published complaints annual report: volumes by kind and type, outcomes, timeliness, extensions, measures taken and their effect, compliments. Computed from the data as it is now, so a past year can be reproduced.',
})
export class AnnualReport {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => Int, { description: 'Complaints received.' })
  complaints!: number;

  @Field(() => Int, { description: 'Suggestions received.' })
  suggestions!: number;

  @Field(() => Int, { description: 'Compliments received.' })
  compliments!: number;

  @Field(() => VolumeTrend, { description: 'Volumes per month, type and service.' })
  volumes!: VolumeTrend;

  @Field(() => Outcomes, { description: 'Outcomes.' })
  outcomes!: Outcomes;

  @Field(() => LeadTimePerformance, { description: 'Timeliness and extensions per complaint type.' })
  timeliness!: LeadTimePerformance;

  @Field(() => RecurrenceReport, { description: 'Complaint types that recurred in the year against the years before.' })
  recurrence!: RecurrenceReport;

  @Field(() => [AnnualMeasure], { description: 'Preventive measures proposed or implemented in the year.' })
  measures!: AnnualMeasure[];

  @Field(() => Compliments, { description: 'Compliments per service and against complaints.' })
  complimentsByService!: Compliments;
}
