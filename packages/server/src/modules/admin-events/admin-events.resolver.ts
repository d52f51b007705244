import { Arg, Authorized, Ctx, FieldResolver, Int, ObjectType, Field, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { Person } from '../people/person.entity.js';
import { AdminEntityTypeEnum, AdminEvent, type AdminEntityType } from './admin-event.entity.js';
import { findAdminEvents } from './find-admin-events.js';

@ObjectType({ description: 'One page of administrative changes, newest first.' })
export class AdminEventConnection {
  @Field(() => [AdminEvent], { description: 'The changes on this page.' })
  nodes!: AdminEvent[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'Whether there is a next page.' })
  hasNextPage!: boolean;
}

/** The trail of administrative changes (administrators). */
@Resolver(() => AdminEvent)
export class AdminEventsResolver {
  @Authorized('ADMINISTRATOR')
  @Query(() => AdminEventConnection, { description: 'Administrative changes, newest first (administrators).' })
  adminEvents(
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('entityType', () => AdminEntityTypeEnum, {
      nullable: true,
      description: 'Only changes to this kind of thing (e.g. API_KEY).',
    })
    entityType: AdminEntityType | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AdminEventConnection> {
    return findAdminEvents({ ctx, first, after: after ?? null, entityType: entityType ?? null });
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who made the change; null from the command line.' })
  actor(@Root() event: AdminEvent): Promise<Person | null> | null {
    return event.actor ? event.actor.load() : null;
  }
}
