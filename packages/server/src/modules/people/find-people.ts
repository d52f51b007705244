import type { RequestContext } from '../../graphql/context.js';
import { authorize } from '../auth/authorize.js';
import { Person } from './person.entity.js';
import { canListPeople } from './person.policy.js';
import type { Role } from './role.js';

/** The active people holding `role`, by name (e.g. the handlers a relationship manager can assign). */
export async function findPeople({ ctx, role }: { ctx: RequestContext; role: Role }): Promise<Person[]> {
  authorize(ctx.viewer, (viewer) => canListPeople(viewer, role), 'list people in this role');
  const people = await ctx.em.find(Person, { active: true }, { orderBy: { displayName: 'asc' } });
  return people.filter((person) => person.hasRole(role));
}
