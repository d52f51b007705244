import { CASE_ACTIONS, type CaseAction } from '@klankbord/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { CaseActionEnum } from './case-enums.js';
import { FeedbackCase } from './feedback-case.entity.js';

/** Lower camel case of an action: TAKE_TRIAGE → takeTriage. */
export const actionFieldName = (action: CaseAction) =>
  action.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * What the viewer may do with the case right now, from the same policy the mutations enforce, so
 * a UI never shows a button the server refuses.
 */
@ObjectType({
  description: 'The steps the viewer may take on this case now (the same policy the mutations enforce).',
  simpleResolvers: true,
})
export class CaseViewerCan {
  @Field(() => [CaseActionEnum], { description: 'All permitted steps.' })
  actions!: CaseAction[];

  [field: string]: boolean | CaseAction[];
}
for (const action of CASE_ACTIONS) {
  Field(() => Boolean, { description: `Whether the viewer may take the ${action} step now.` })(
    CaseViewerCan.prototype,
    actionFieldName(action),
  );
}

@ObjectType({ description: 'A deadline with the way it was counted.', simpleResolvers: true })
export class DeadlineView {
  @Field(() => Date, { description: 'Due at the end of this day in Europe/Amsterdam.' })
  dueAt!: Date;

  @Field(() => String, { description: 'The due date (YYYY-MM-DD, Europe/Amsterdam).' })
  dueDate!: string;

  @Field(() => Int, { description: 'Working days counted from the day after receipt.' })
  workingDays!: number;

  @Field(() => [String], {
    description: 'How it was counted, one sentence per line (skipped weekends, holidays, closures, extensions).',
  })
  explanation!: string[];

  @Field(() => Boolean, { description: 'Whether the deadline has passed while the step was not done.' })
  overdue!: boolean;
}

@ObjectType({ description: 'The acknowledgement and resolution deadlines of a case.', simpleResolvers: true })
export class CaseDeadlines {
  @Field(() => DeadlineView, { description: 'Acknowledgement with the registration number: 1 working day.' })
  acknowledgement!: DeadlineView;

  @Field(() => DeadlineView, { description: 'Resolution: the lead time in working days, moved by agreed extensions.' })
  resolution!: DeadlineView;
}

@ObjectType({ description: 'One page of cases.', simpleResolvers: true })
export class CaseConnection {
  @Field(() => [FeedbackCase], { description: 'The cases on this page.' })
  nodes!: FeedbackCase[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'Whether there is a next page.' })
  hasNextPage!: boolean;

  @Field(() => Int, {
    description:
      'How many cases match the filter (all pages), counted up to 10,000: when more match it says 10,000 and `totalCountCapped` is true. Counted only when selected.',
  })
  totalCount!: number;

  @Field(() => Boolean, {
    description: 'Whether more cases match than `totalCount` says (counting stops at 10,000).',
  })
  totalCountCapped!: boolean;
}
