import { SATISFACTION_LIMITS } from '@klankbord/domain';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CleanText } from '../../shared/validation.js';

export const SATISFACTION_LINK_STATES = ['OPEN', 'ANSWERED', 'EXPIRED', 'INVALID'] as const;
export type SatisfactionLinkState = (typeof SATISFACTION_LINK_STATES)[number];
export const SatisfactionLinkStateEnum = {
  OPEN: 'OPEN',
  ANSWERED: 'ANSWERED',
  EXPIRED: 'EXPIRED',
  INVALID: 'INVALID',
} as const;
registerEnumType(SatisfactionLinkStateEnum, {
  name: 'SatisfactionLinkState',
  description:
    'OPEN: can be answered; ANSWERED: answered already; EXPIRED: past its date; INVALID: not a link we gave.',
});

@ObjectType({ description: 'What the answer form needs to know about a satisfaction link; nothing about the case.' })
export class SatisfactionLink {
  @Field(() => SatisfactionLinkStateEnum, { description: 'Whether the link can be answered.' })
  state!: SatisfactionLinkState;
}

@InputType({ description: 'An answer to the satisfaction question of a closed complaint (no sign-in).' })
export class AnswerSatisfactionInput {
  @Field(() => String, { description: 'The token from the link in the outcome message.' })
  @IsString()
  @MaxLength(200)
  token!: string;

  @Field(() => Int, { description: 'How satisfied with the handling: 1 (very dissatisfied) to 5 (very satisfied).' })
  @IsInt()
  @Min(1)
  @Max(5)
  score!: number;

  @Field(() => String, {
    nullable: true,
    description: `What went well or could be better (at most ${SATISFACTION_LIMITS.comment.max} characters).`,
  })
  @IsOptional()
  @CleanText({ max: SATISFACTION_LIMITS.comment.max, multiline: true })
  comment?: string | null;
}

@ObjectType({ description: 'The answer was stored.' })
export class AnswerSatisfactionPayload {
  @Field(() => Boolean, {
    description: 'Always true: a refusal is an error (ALREADY_ANSWERED, LINK_EXPIRED, LINK_INVALID).',
  })
  answered!: boolean;
}

@ObjectType({ description: 'The satisfaction question put with a complaint’s outcome, and the answer when given.' })
export class CaseSatisfaction {
  @Field(() => Date, { description: 'When the question was sent with the outcome.' })
  askedAt!: Date;

  @Field(() => Date, { description: 'When the link stops working.' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the submitter answered; null while unanswered.' })
  answeredAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: '1 (very dissatisfied) to 5 (very satisfied); null while unanswered.',
  })
  score!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The submitter’s comment; null when none, or for viewers who may not read the description.',
  })
  comment!: string | null;
}
