import type { CaseOutcome } from '@klankbord/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CaseOutcomeEnum } from '../cases/case-enums.js';

@ObjectType({
  simpleResolvers: true,
  description: 'How many cases ended with one outcome.',
})
export class OutcomeCount {
  @Field(() => CaseOutcomeEnum, { description: 'The outcome.' })
  outcome!: CaseOutcome;

  @Field(() => Int, { description: 'Cases received in the period with this outcome now.' })
  count!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Outcomes (report 6) of cases received in the period, as they stand now: complaints per decision, suggestions adopted against declined. Cases not decided yet are counted as undecided.',
})
export class Outcomes {
  @Field(() => [OutcomeCount], { description: 'Complaints per outcome.' })
  complaints!: OutcomeCount[];

  @Field(() => Int, { description: 'Complaints without a decision yet.' })
  complaintsUndecided!: number;

  @Field(() => Int, { description: 'Suggestions adopted.' })
  suggestionsAdopted!: number;

  @Field(() => Int, { description: 'Suggestions declined.' })
  suggestionsDeclined!: number;

  @Field(() => Int, { description: 'Suggestions without a response yet (withdrawn ones excluded).' })
  suggestionsOpen!: number;

  @Field(() => String, { description: 'The table as CSV.' })
  csv!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Compliments and complaints for one service or organisation unit.',
})
export class ComplimentRow {
  @Field(() => ID, { nullable: true, description: 'Id of the service or unit; null when not set.' })
  key!: string | null;

  @Field(() => String, { description: 'English name.' })
  label!: string;

  @Field(() => String, { description: 'Dutch name.' })
  labelNl!: string;

  @Field(() => [Int], { nullable: 'items', description: 'Compliments per bucket (null where suppressed).' })
  counts!: Array<number | null>;

  @Field(() => Int, { nullable: true, description: 'Compliments in the period (null where suppressed).' })
  compliments!: number | null;

  @Field(() => Int, { nullable: true, description: 'Complaints in the period (null where suppressed).' })
  complaints!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Compliments per complaint; null without complaints or when suppressed.',
  })
  complimentsPerComplaint!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Compliments (report 4): per service and organisation unit over time, and against complaints.',
})
export class Compliments {
  @Field(() => [String], { description: 'Start date of each bucket.' })
  buckets!: string[];

  @Field(() => [Int], { description: 'All compliments per bucket.' })
  total!: number[];

  @Field(() => [ComplimentRow], { description: 'Per service.' })
  byService!: ComplimentRow[];

  @Field(() => [ComplimentRow], {
    description: 'Per organisation unit of the submitter (the team praised is in the text).',
  })
  byOrganisationUnit!: ComplimentRow[];

  @Field(() => Int, { description: 'Cells suppressed because they counted fewer than k cases.' })
  suppressedCells!: number;

  @Field(() => String, { description: 'The per-service table as CSV.' })
  csv!: string;
}
