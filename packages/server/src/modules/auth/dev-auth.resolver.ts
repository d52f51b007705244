import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { AppError, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { Person } from '../people/person.entity.js';
import { RoleEnum, type Role } from '../people/role.js';
import { limitSignIn } from '../rate-limits/rate-limits.js';
import { issueDevToken } from './dev-tokens.js';

@ObjectType({ description: 'A seeded demo person one can sign in as in dev mode.' })
class DemoPerson {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Name of the demo person (fictional).' })
  displayName!: string;

  @Field(() => [RoleEnum], { description: 'Their roles.' })
  roles!: Role[];
}

@ObjectType({ description: 'A bearer token for the chosen demo person.' })
class DevSignInPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`. Valid 12 hours.' })
  token!: string;

  @Field(() => DemoPerson, { description: 'Who the token signs in as.' })
  person!: DemoPerson;
}

const devModeOff = () => new AppError('FORBIDDEN', 'Dev sign-in is turned off on this server (DEV_AUTH=false).');

/** Dev mode only: lets anyone try every role with the seeded (fictional) demo people. */
@Resolver()
export class DevAuthResolver {
  @Query(() => [DemoPerson], { description: 'Dev mode only: the demo people one can sign in as, staff first.' })
  async demoPeople(@Ctx() ctx: RequestContext): Promise<DemoPerson[]> {
    if (!ctx.services.devTokenSecret) throw devModeOff();
    const people = await ctx.em.find(
      Person,
      { active: true, email: { $like: '%@demo.klankbord.example' } },
      { orderBy: { displayName: 'asc' } },
    );
    return people.map(({ id, displayName, roles }) => ({ id, displayName, roles }));
  }

  @Mutation(() => DevSignInPayload, { description: 'Dev mode only: a token for a demo person.' })
  async devSignIn(@Arg('personId', () => ID) personId: string, @Ctx() ctx: RequestContext): Promise<DevSignInPayload> {
    const secret = ctx.services.devTokenSecret;
    if (!secret) throw devModeOff();
    await limitSignIn(ctx);
    const person = isUuid(personId)
      ? await ctx.em.findOne(Person, { id: personId, active: true, email: { $like: '%@demo.klankbord.example' } })
      : null;
    if (!person) throw notFound('The demo person');
    return {
      token: await issueDevToken(person.id, secret),
      person: { id: person.id, displayName: person.displayName, roles: person.roles },
    };
  }
}
