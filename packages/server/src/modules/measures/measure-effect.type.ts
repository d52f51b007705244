import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'The effect of a preventive measure: the complaint rate of its target type (and service) in equal windows before and after implementation. Correlational: it shows what changed after, not that the measure caused it.',
})
export class MeasureEffect {
  @Field(() => Boolean, { description: 'Whether the after-window is long enough (28 days or more) to say anything.' })
  enoughData!: boolean;

  @Field(() => String, { nullable: true, description: 'Why there is no estimate yet, when there is none.' })
  reason!: string | null;

  @Field(() => Int, { description: 'Length of each window in days (up to 180).' })
  windowDays!: number;

  @Field(() => String, { nullable: true, description: 'First day of the before-window.' })
  beforeFrom!: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the after-window.' })
  afterTo!: string | null;

  @Field(() => Int, { description: 'Target complaints received in the before-window.' })
  countBefore!: number;

  @Field(() => Int, { description: 'Target complaints received in the after-window.' })
  countAfter!: number;

  @Field(() => Float, { nullable: true, description: 'Rate after ÷ rate before.' })
  rateRatio!: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower bound of the 95% confidence interval of the rate ratio.' })
  lower95!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper bound of the 95% confidence interval of the rate ratio.' })
  upper95!: number | null;

  @Field(() => String, { description: 'The finding in words, correlational.' })
  interpretation!: string;
}
