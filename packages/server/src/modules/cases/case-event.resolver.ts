import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { Person } from '../people/person.entity.js';
import { CaseEvent } from './case-event.entity.js';
import { canReadDescription } from './case.policy.js';

@Resolver(() => CaseEvent)
export class CaseEventResolver {
  @FieldResolver(() => Person, {
    nullable: true,
    description: 'Who took the step; null for the system (portal intake without sign-in, imports).',
  })
  actor(@Root() event: CaseEvent): Promise<Person | null> | null {
    return event.actor ? event.actor.load() : null;
  }

  /** Notes (a question to the submitter, a call back) name people as often as the description does. */
  @FieldResolver(() => String, {
    nullable: true,
    description: 'The note the actor wrote with it; null for viewers who may not read the case’s description.',
  })
  async note(@Root() event: CaseEvent, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (event.note === null) return null;
    return canReadDescription(ctx.viewer, await event.case.loadOrFail()) ? event.note : null;
  }
}
