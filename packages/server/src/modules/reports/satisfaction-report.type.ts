import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Satisfaction for one service or complaint type.' })
export class SatisfactionRow {
  @Field(() => ID, { nullable: true, description: 'Id of the service or complaint type; null when not set.' })
  key!: string | null;

  @Field(() => String, { description: 'English name.' })
  label!: string;

  @Field(() => String, { description: 'Dutch name.' })
  labelNl!: string;

  @Field(() => Int, { nullable: true, description: 'Complainants asked in the period (null where suppressed).' })
  asked!: number | null;

  @Field(() => Int, { nullable: true, description: 'Of those, how many answered (null where suppressed).' })
  answered!: number | null;

  @Field(() => Float, { nullable: true, description: 'answered / asked; null without questions or when suppressed.' })
  responseRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean score 1–5; null without answers or when suppressed.' })
  averageScore!: number | null;

  @Field(() => [Float], {
    nullable: 'items',
    description: 'Mean score per bucket; null where nobody answered or too few did (suppressed).',
  })
  averageByBucket!: Array<number | null>;
}

@ObjectType({
  description:
    'Satisfaction after closure: complainants asked (with the outcome message) in the period, bucketed by when they were asked, how many answered (whenever they did) and how satisfied they were (1–5), in total, per service and per complaint type. Comments are not reported. Cells of fewer answers than the minimum cell size are suppressed.',
})
export class SatisfactionReport {
  @Field(() => [String], { description: 'Bucket starts (YYYY-MM-DD).' })
  buckets!: string[];

  @Field(() => [Int], { description: 'Complainants asked per bucket.' })
  askedByBucket!: number[];

  @Field(() => [Int], { description: 'Of those, answered per bucket.' })
  answeredByBucket!: number[];

  @Field(() => [Float], { nullable: 'items', description: 'Mean score per bucket; null where nobody answered.' })
  averageByBucket!: Array<number | null>;

  @Field(() => Int, { description: 'Complainants asked in the period.' })
  asked!: number;

  @Field(() => Int, { description: 'Of those, how many answered.' })
  answered!: number;

  @Field(() => Float, { nullable: true, description: 'answered / asked; null when nobody was asked.' })
  responseRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean score 1–5; null without answers or when fewer answered than the minimum cell size.',
  })
  averageScore!: number | null;

  @Field(() => [Int], {
    nullable: 'items',
    description: 'Answers per score, 1 to 5 (index 0 is score 1; null where suppressed).',
  })
  scoreCounts!: Array<number | null>;

  @Field(() => [SatisfactionRow], { description: 'Per service.' })
  byService!: SatisfactionRow[];

  @Field(() => [SatisfactionRow], { description: 'Per complaint type.' })
  byComplaintType!: SatisfactionRow[];

  @Field(() => Int, { description: 'How many cells were suppressed.' })
  suppressedCells!: number;

  @Field(() => String, { description: 'The per-service and per-type table as CSV.' })
  csv!: string;
}
