import type { Role } from '../../gql/graphql';

/**
 * Where a person lands after signing in: the page they were sent away from (a deep link opened
 * signed out), else the start of their work — the queue for case workers; the home page for
 * everyone else, which shows staff the dashboard and sends submitters to the form.
 */
export function landingPath(roles: readonly Role[], returnTo: string | null | undefined): string {
  if (returnTo && returnTo !== '/') return returnTo;
  return roles.includes('RELATIONSHIP_MANAGER') || roles.includes('HANDLER') ? '/queue' : '/';
}
