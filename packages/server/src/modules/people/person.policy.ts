import { hasRole, hasScope, type Viewer } from '../auth/viewer.js';
import type { Person } from './person.entity.js';
import { STAFF_ROLES, type Role } from './role.js';

const isStaff = (person: Person) => person.roles.some((role) => STAFF_ROLES.includes(role));

/**
 * Staff names are visible to every signed-in person (a submitter sees who handles the case); an end
 * user's name only to themselves, administrators and integrations with `pii:read`.
 */
export function canSeePersonName(viewer: Viewer, person: Person): boolean {
  if (viewer.personId === person.id || hasRole(viewer, 'ADMINISTRATOR') || hasScope(viewer, 'pii:read')) return true;
  return isStaff(person) && (viewer.personId !== null || viewer.apiKey !== null);
}

/** Contact details (e-mail, phone) of anyone: only themselves and administrators. */
export function canSeeContactDetails(viewer: Viewer, person: Person): boolean {
  return viewer.personId === person.id || hasRole(viewer, 'ADMINISTRATOR');
}

/** The people register (people, their roles, organisation units) is the administrator's (PROCEDURE.md roles). */
export const canManagePeople = (viewer: Viewer) => hasRole(viewer, 'ADMINISTRATOR');

/**
 * Who may list the people holding `role`: staff roles are listed to staff (a relationship manager
 * picks a handler); submitters, who are end users, to administrators only.
 */
export function canListPeople(viewer: Viewer, role: Role): boolean {
  return STAFF_ROLES.includes(role) || hasRole(viewer, 'ADMINISTRATOR');
}
