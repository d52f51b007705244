import type { RequestContext } from '../../graphql/context.js';
import { assertListSize } from '../../shared/list-size.js';
import { authorize } from '../auth/authorize.js';
import { Person } from './person.entity.js';
import { canListPeople } from './person.policy.js';
import type { Role } from './role.js';

/**
 * The first `first` active people holding `role`, by name (e.g. the handlers a relationship
 * manager can assign). Filtered and limited in the database: every portal user who ever signed in
 * is a person, so loading them all to pick the handlers would grow with the submitters.
 */
export async function findPeople({
  ctx,
  role,
  first,
}: {
  ctx: RequestContext;
  role: Role;
  first: number;
}): Promise<Person[]> {
  assertListSize(first);
  authorize(ctx.viewer, (viewer) => canListPeople(viewer, role), 'list people in this role');
  return ctx.em.find(
    Person,
    { active: true, roles: { $contains: [role] } },
    { orderBy: { displayName: 'asc', id: 'asc' }, limit: first },
  );
}
