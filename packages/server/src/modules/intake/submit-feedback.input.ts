import { FEEDBACK_LIMITS, type CaseKind } from '@klankbord/domain';
import { IsEmail, IsIn, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CaseKindEnum, ChannelEnum, type Channel } from '../cases/case-enums.js';
import { MESSAGE_LOCALES, type MessageLocale } from '../outbox/outbox-message.entity.js';
import { CleanText } from '../../shared/validation.js';

@InputType({ description: 'A complaint, suggestion or compliment from the portal form (or registered by staff).' })
export class SubmitFeedbackInput {
  @Field(() => CaseKindEnum, { description: 'Complaint, suggestion or compliment.' })
  kind!: CaseKind;

  @Field(() => String, {
    description: `What happened, or what you suggest or praise (${FEEDBACK_LIMITS.description.min}–${FEEDBACK_LIMITS.description.max} characters).`,
  })
  @CleanText({ min: FEEDBACK_LIMITS.description.min, max: FEEDBACK_LIMITS.description.max, multiline: true })
  description!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Name of the submitter, for staff registering on someone’s behalf (PHONE, EMAIL) and integrations. Someone filing for themselves files under the name on their profile: leave it out (a different name is refused).',
  })
  @IsOptional()
  @CleanText({ min: FEEDBACK_LIMITS.name.min, max: FEEDBACK_LIMITS.name.max })
  submitterName?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Phone number to call back on; required for complaints unless the signed-in person has one on file. Stored normalised (E.164).',
  })
  @IsOptional()
  @CleanText({ max: 40 })
  phone?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'E-mail address for the acknowledgement, for on-behalf intake and integrations. Someone filing for themselves gets it at the address on their profile (a different address is refused).',
  })
  @IsOptional()
  @IsEmail()
  @MaxLength(FEEDBACK_LIMITS.email.max)
  email?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The submitter’s organisation unit; defaults to the signed-in person’s.',
  })
  @IsOptional()
  @IsUUID()
  organisationUnitId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The service it concerns, as the submitter sees it (the relationship manager decides).',
  })
  @IsOptional()
  @IsUUID()
  serviceId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Complaints only: the suggested complaint type (the relationship manager decides).',
  })
  @IsOptional()
  @IsUUID()
  complaintTypeId?: string | null;

  @Field(() => ChannelEnum, {
    nullable: true,
    description: 'How it came in; only staff may register EMAIL or PHONE intake. Default PORTAL.',
  })
  @IsOptional()
  channel?: Channel | null;

  @Field(() => String, { nullable: true, description: 'Language of the acknowledgement: `nl` (default) or `en`.' })
  @IsOptional()
  @IsIn([...MESSAGE_LOCALES])
  locale?: MessageLocale | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A key the client makes once per form instance (e.g. a UUID). Sending the same submission again with it returns the first result instead of filing twice.',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._:-]{8,100}$/, { message: 'idempotencyKey must be 8–100 letters, digits or . _ : -' })
  idempotencyKey?: string | null;
}
