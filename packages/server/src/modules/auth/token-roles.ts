import { isPersonRole, type Role } from '../people/role.js';

/**
 * The value of a claim named by `path`: a claim with exactly that name first (providers use
 * namespaced names such as `https://example.org/roles`), else the dotted path walked through
 * nested objects (`realm_access.roles`, as Keycloak sends realm roles).
 */
export function readClaim(claims: Readonly<Record<string, unknown>>, path: string): unknown {
  if (path in claims) return claims[path];
  let current: unknown = claims;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * The Klankbord roles a token grants (ROLES_SOURCE=token): each string in the roles claim is
 * looked up in the role map, or, without a map, taken as a role when it is a role's name. Unknown
 * values grant nothing, so a provider's other groups are harmless; nobody is left without a role:
 * a token that grants none signs in a SUBMITTER, like any portal user.
 */
export function rolesFromClaims(
  claims: Readonly<Record<string, unknown>>,
  rolesClaim: string,
  roleMap: ReadonlyMap<string, readonly Role[]> | undefined,
): Role[] {
  const raw = readClaim(claims, rolesClaim);
  const values = Array.isArray(raw) ? raw : [raw];
  const roles = new Set<Role>();
  for (const value of values) {
    if (typeof value !== 'string') continue;
    if (roleMap) for (const role of roleMap.get(value) ?? []) roles.add(role);
    else if (isPersonRole(value)) roles.add(value);
  }
  return roles.size > 0 ? [...roles] : ['SUBMITTER'];
}
