import { hasRole, type Viewer } from '../auth/viewer.js';

/**
 * Webhook endpoints send every case's progress (and, with a `pii:read` key, personal data) to
 * another system, and their delivery logs span all cases: administrators only.
 */
export const canManageWebhooks = (viewer: Viewer) => hasRole(viewer, 'ADMINISTRATOR');
