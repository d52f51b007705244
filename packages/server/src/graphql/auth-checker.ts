import type { AuthChecker } from 'type-graphql';
import { forbidden, unauthenticated } from '../shared/errors.js';
import { isAuthenticated } from '../modules/auth/viewer.js';
import type { Role } from '../modules/people/role.js';
import type { RequestContext } from './context.js';

/**
 * The coarse outer gate behind `@Authorized(...roles)`: signed in, and holding one of the roles.
 * What a viewer may do with a particular case is decided by the policies in the use cases.
 */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  if (!isAuthenticated(context.viewer)) throw unauthenticated();
  if (roles.length > 0 && !roles.some((role) => context.viewer.roles.has(role))) throw forbidden();
  return true;
};
