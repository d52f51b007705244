import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { FirstArg, LIST_SIZE } from '../../shared/list-size.js';
import { findPeople } from './find-people.js';
import { OrganisationUnit } from './organisation-unit.entity.js';
import { SaveOrganisationUnitInput, SavePersonInput } from './people.inputs.js';
import { Person } from './person.entity.js';
import { canSeeContactDetails, canSeePersonName } from './person.policy.js';
import { RoleEnum, type Role } from './role.js';
import { saveOrganisationUnit } from './save-organisation-unit.js';
import { savePerson } from './save-person.js';

/** People and organisation units: read by staff (with names and contact details per person.policy), kept by administrators. */
@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, {
    nullable: true,
    description: 'The signed-in person; null when not signed in or signed in with an API key.',
  })
  viewer(@Ctx() ctx: RequestContext): Promise<Person | null> | null {
    return ctx.viewer.personId ? ctx.em.findOne(Person, ctx.viewer.personId) : null;
  }

  @Authorized('ADMINISTRATOR', 'RELATIONSHIP_MANAGER', 'HANDLER', 'MANAGEMENT')
  @Query(() => [Person], {
    description:
      'Active people holding a role, by name (e.g. handlers to assign), at most `first` (500 when left out). Submitters are listed to administrators only.',
  })
  people(
    @Arg('role', () => RoleEnum) role: Role,
    @FirstArg(LIST_SIZE.max) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Person[]> {
    return findPeople({ ctx, role, first });
  }

  @Authorized('ADMINISTRATOR')
  @Mutation(() => OrganisationUnit, { description: 'Creates or changes an organisation unit (administrators).' })
  saveOrganisationUnit(
    @Arg('input', () => SaveOrganisationUnitInput) input: SaveOrganisationUnitInput,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganisationUnit> {
    return saveOrganisationUnit({ ctx, input });
  }

  @Authorized('ADMINISTRATOR')
  @Mutation(() => Person, { description: 'Creates or changes a person and their roles (administrators).' })
  savePerson(@Arg('input', () => SavePersonInput) input: SavePersonInput, @Ctx() ctx: RequestContext): Promise<Person> {
    return savePerson({ ctx, input });
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name; null for viewers who may not see it.' })
  displayName(@Root() person: Person, @Ctx() ctx: RequestContext): string | null {
    return canSeePersonName(ctx.viewer, person) ? person.displayName : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'E-mail address; only for the person and administrators.',
  })
  email(@Root() person: Person, @Ctx() ctx: RequestContext): string | null {
    return canSeeContactDetails(ctx.viewer, person) ? person.email : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Phone (E.164); only for the person and administrators.',
  })
  phone(@Root() person: Person, @Ctx() ctx: RequestContext): string | null {
    return canSeeContactDetails(ctx.viewer, person) ? person.phone : null;
  }

  @FieldResolver(() => OrganisationUnit, { nullable: true, description: 'The unit the person belongs to.' })
  organisationUnit(@Root() person: Person): Promise<OrganisationUnit | null> | null {
    return person.organisationUnit ? person.organisationUnit.load() : null;
  }
}
