import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { FeedbackCase } from '../cases/feedback-case.entity.js';
import { Person } from '../people/person.entity.js';
import { findPersonalDataReads } from './find-personal-data-reads.js';
import { PersonalDataRead } from './personal-data-read.entity.js';

@ObjectType({ description: 'One page of personal-data reads, newest first.' })
export class PersonalDataReadConnection {
  @Field(() => [PersonalDataRead], { description: 'The reads on this page.' })
  nodes!: PersonalDataRead[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'Whether there is a next page.' })
  hasNextPage!: boolean;
}

/** The audit log of personal-data reads (administrators). */
@Resolver(() => PersonalDataRead)
export class PersonalDataReadsResolver {
  @Authorized('ADMINISTRATOR')
  @Query(() => PersonalDataReadConnection, {
    description:
      'Who read which case’s personal data (submitter name, phone, e-mail), newest first; by case, person or API key (administrators).',
  })
  personalDataReads(
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('caseId', () => ID, { nullable: true, description: 'Only reads of this case.' }) caseId: string | null,
    @Arg('personId', () => ID, { nullable: true, description: 'Only reads by this person.' }) personId: string | null,
    @Arg('apiKeyId', () => ID, { nullable: true, description: 'Only reads by this API key.' }) apiKeyId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PersonalDataReadConnection> {
    return findPersonalDataReads({
      ctx,
      first,
      after: after ?? null,
      filter: { caseId: caseId ?? null, personId: personId ?? null, apiKeyId: apiKeyId ?? null },
    });
  }

  @FieldResolver(() => FeedbackCase, { description: 'The case whose personal data was read.' })
  case(@Root() read: PersonalDataRead): Promise<FeedbackCase> {
    return read.case.loadOrFail();
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person who read it; null for an API key.' })
  reader(@Root() read: PersonalDataRead): Promise<Person | null> | null {
    return read.readerPerson ? read.readerPerson.load() : null;
  }
}
