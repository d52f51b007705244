import { hasRole, type Viewer } from '../auth/viewer.js';

/**
 * The holiday calendar is data the administrator extends with closure days (PROCEDURE.md roles);
 * anyone may read the days off (the intake form explains deadlines before signing in).
 */
export const canManageClosureDays = (viewer: Viewer) => hasRole(viewer, 'ADMINISTRATOR');
