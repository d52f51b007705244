import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { OrganisationUnit } from './organisation-unit.entity.js';
import { Person } from './person.entity.js';
import { canSeeContactDetails, canSeePersonName } from './person.policy.js';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'The signed-in person; null when not signed in or signed in with an API key.' })
  viewer(@Ctx() ctx: RequestContext): Promise<Person | null> | null {
    return ctx.viewer.personId ? ctx.em.findOne(Person, ctx.viewer.personId) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name; null for viewers who may not see it.' })
  displayName(@Root() person: Person, @Ctx() ctx: RequestContext): string | null {
    return canSeePersonName(ctx.viewer, person) ? person.displayName : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'E-mail address; only for the person and administrators.' })
  email(@Root() person: Person, @Ctx() ctx: RequestContext): string | null {
    return canSeeContactDetails(ctx.viewer, person) ? person.email : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Phone (E.164); only for the person and administrators.' })
  phone(@Root() person: Person, @Ctx() ctx: RequestContext): string | null {
    return canSeeContactDetails(ctx.viewer, person) ? person.phone : null;
  }

  @FieldResolver(() => OrganisationUnit, { nullable: true, description: 'The unit the person belongs to.' })
  organisationUnit(@Root() person: Person): Promise<OrganisationUnit | null> | null {
    return person.organisationUnit ? person.organisationUnit.load() : null;
  }
}
