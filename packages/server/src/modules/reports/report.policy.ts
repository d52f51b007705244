import type { RequestContext } from '../../graphql/context.js';
import { forbidden, unauthenticated } from '../../shared/errors.js';
import { hasRole, hasScope, isAuthenticated } from '../auth/viewer.js';

/**
 * Reports hold no personal data, and step 5 is everyone's business inside the organisation: staff
 * roles read them; integrations need the `reports:read` scope; submitters do not see them.
 */
export function authorizeReports(ctx: RequestContext): void {
  const { viewer } = ctx;
  if (!isAuthenticated(viewer)) throw unauthenticated();
  if (viewer.apiKey) {
    if (!hasScope(viewer, 'reports:read')) throw forbidden('read reports with this API key');
    return;
  }
  const staff = ['MANAGEMENT', 'ADMINISTRATOR', 'RELATIONSHIP_MANAGER', 'HANDLER'] as const;
  if (!staff.some((role) => hasRole(viewer, role))) throw forbidden('read reports');
}
