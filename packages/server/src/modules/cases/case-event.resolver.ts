import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Person } from '../people/person.entity.js';
import { CaseEvent } from './case-event.entity.js';

@Resolver(() => CaseEvent)
export class CaseEventResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Who took the step; null for the system (portal intake without sign-in, imports).' })
  actor(@Root() event: CaseEvent): Promise<Person | null> | null {
    return event.actor ? event.actor.load() : null;
  }
}
