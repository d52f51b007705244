import { SUBMITTER_VIEW } from '@klankbord/domain';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { canSeePersonName } from '../people/person.policy.js';
import { Person } from '../people/person.entity.js';
import { CaseEvent } from './case-event.entity.js';
import { canReadDescription, readsAsSubmitter } from './case.policy.js';

@Resolver(() => CaseEvent)
export class CaseEventResolver {
  /**
   * A person the viewer may not see by name (a submitter, to management) is not shown as the actor
   * either: their id and organisation unit would identify them just as well.
   */
  @FieldResolver(() => Person, {
    nullable: true,
    description:
      'Who took the step; null for the system (portal intake without sign-in, imports) and for a person the viewer may not see (a submitter, to management).',
  })
  async actor(@Root() event: CaseEvent, @Ctx() ctx: RequestContext): Promise<Person | null> {
    const actor = event.actor ? await event.actor.load() : null;
    return actor && canSeePersonName(ctx.viewer, actor) ? actor : null;
  }

  /**
   * Notes (a question to the submitter, a call back) name people as often as the description does,
   * and most are staff notes: a submitter sees only those meant for them (`SUBMITTER_VIEW`) and their own.
   */
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The note the actor wrote with it; null for viewers who may not read the case’s description, and for staff notes when the submitter reads their case.',
  })
  async note(@Root() event: CaseEvent, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (event.note === null) return null;
    const c = await event.case.loadOrFail();
    if (readsAsSubmitter(ctx.viewer, c)) {
      const own = event.actor !== null && event.actor.id === ctx.viewer.personId;
      return SUBMITTER_VIEW[event.type].note || own ? event.note : null;
    }
    return canReadDescription(ctx.viewer, c) ? event.note : null;
  }
}
