import { forbidden, unauthenticated } from '../../shared/errors.js';
import { hasRole, hasScope, isAuthenticated, type Viewer } from '../auth/viewer.js';
import type { SubmitFeedbackInput } from './submit-feedback.input.js';

/**
 * Who may file a case, and through which channel (PROCEDURE.md step 1): anyone signed in through
 * the portal; integrations with the `cases:submit` scope; e-mail and phone intake only by
 * relationship managers and administrators, who register what reached them; the IMPORT channel
 * only through `importCases`. Management reads reports and files nothing.
 */
export function authorizeSubmission(viewer: Viewer, input: Pick<SubmitFeedbackInput, 'channel'>): void {
  if (!isAuthenticated(viewer)) throw unauthenticated();
  if (viewer.apiKey && !hasScope(viewer, 'cases:submit')) throw forbidden('submit cases with this API key');
  const staffChannel = input.channel === 'EMAIL' || input.channel === 'PHONE';
  if (staffChannel && !hasRole(viewer, 'RELATIONSHIP_MANAGER') && !hasRole(viewer, 'ADMINISTRATOR')) {
    throw forbidden('register e-mail or phone intake');
  }
  if (input.channel === 'IMPORT') throw forbidden('use the IMPORT channel here; use importCases');
  if (hasRole(viewer, 'MANAGEMENT') && viewer.roles.size === 1) throw forbidden('submit cases as management');
}
