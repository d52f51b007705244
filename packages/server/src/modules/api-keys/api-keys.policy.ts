import { hasRole, type Viewer } from '../auth/viewer.js';

/**
 * API keys give another system access to cases and reports, so only administrators make, list and
 * revoke them; a key never manages keys (its viewer holds no role but INTEGRATION).
 */
export const canManageApiKeys = (viewer: Viewer) => hasRole(viewer, 'ADMINISTRATOR');
