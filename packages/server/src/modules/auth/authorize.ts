import { forbidden, unauthenticated } from '../../shared/errors.js';
import { isAuthenticated, type Viewer } from './viewer.js';

/**
 * The check a use case makes before it loads or writes anything: UNAUTHENTICATED for nobody,
 * FORBIDDEN (naming the action) when the feature's policy says no.
 */
export function authorize(viewer: Viewer, policy: (viewer: Viewer) => boolean, action: string): void {
  if (!isAuthenticated(viewer)) throw unauthenticated();
  if (!policy(viewer)) throw forbidden(action);
}
