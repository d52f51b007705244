import { describe, expect, it } from 'vitest';
import type { Role } from '../people/role.js';
import { readClaim, rolesFromClaims } from './token-roles.js';

const map = (entries: Record<string, Role[]>) => new Map(Object.entries(entries));

describe('roles from a token (ROLES_SOURCE=token)', () => {
  it('reads a nested claim by a dotted path (Keycloak realm roles) and a namespaced claim by its name', () => {
    expect(readClaim({ realm_access: { roles: ['a'] } }, 'realm_access.roles')).toEqual(['a']);
    expect(readClaim({ 'https://example.org/roles': ['b'] }, 'https://example.org/roles')).toEqual(['b']);
    expect(readClaim({ realm_access: ['not', 'an', 'object'] }, 'realm_access.roles')).toBeUndefined();
    expect(readClaim({}, 'groups')).toBeUndefined();
  });

  it('maps groups through the role map; one group may grant several roles; unknown groups grant nothing', () => {
    const roleMap = map({ 'kb-admins': ['ADMINISTRATOR'], 'kb-staff': ['HANDLER', 'RELATIONSHIP_MANAGER'] });
    expect(rolesFromClaims({ groups: ['kb-staff', 'all-employees', 'kb-admins'] }, 'groups', roleMap)).toEqual([
      'HANDLER',
      'RELATIONSHIP_MANAGER',
      'ADMINISTRATOR',
    ]);
    // With a map, a role's own name is just another unknown value.
    expect(rolesFromClaims({ groups: ['ADMINISTRATOR'] }, 'groups', roleMap)).toEqual(['SUBMITTER']);
  });

  it('without a map takes role names as they are, never INTEGRATION (that is for API keys)', () => {
    expect(rolesFromClaims({ roles: ['HANDLER', 'INTEGRATION', 'handler', 7] }, 'roles', undefined)).toEqual([
      'HANDLER',
    ]);
    expect(rolesFromClaims({ roles: 'MANAGEMENT' }, 'roles', undefined)).toEqual(['MANAGEMENT']);
  });

  it('leaves nobody without a role: no claim, or nothing that maps, is a submitter', () => {
    expect(rolesFromClaims({}, 'roles', undefined)).toEqual(['SUBMITTER']);
    expect(rolesFromClaims({ roles: ['offline_access'] }, 'roles', map({}))).toEqual(['SUBMITTER']);
  });
});
