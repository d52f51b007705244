import type { Role } from '../people/role.js';
import type { ApiKeyScope } from './api-key.entity.js';

/**
 * Who is asking: a signed-in person, an integration's API key, or nobody. Policies decide from
 * this alone, so HTTP requests, jobs and tests describe the caller the same way.
 */
export interface Viewer {
  personId: string | null;
  roles: ReadonlySet<Role>;
  apiKey: { id: string; name: string; scopes: ReadonlySet<ApiKeyScope> } | null;
}

export const ANONYMOUS: Viewer = { personId: null, roles: new Set(), apiKey: null };

export function personViewer(personId: string, roles: readonly Role[]): Viewer {
  return { personId, roles: new Set(roles), apiKey: null };
}

export function apiKeyViewer(key: { id: string; name: string; scopes: readonly ApiKeyScope[] }): Viewer {
  return { personId: null, roles: new Set(['INTEGRATION']), apiKey: { ...key, scopes: new Set(key.scopes) } };
}

export const isAuthenticated = (viewer: Viewer) => viewer.personId !== null || viewer.apiKey !== null;
export const hasRole = (viewer: Viewer, role: Role) => viewer.roles.has(role);
export const hasScope = (viewer: Viewer, scope: ApiKeyScope) => viewer.apiKey?.scopes.has(scope) ?? false;
