import { hasRole, type Viewer } from '../auth/viewer.js';

/**
 * The organisation settings (Liberation Day, relationship managers' scope, report suppression) are
 * the administrator's (PROCEDURE.md roles); every signed-in viewer reads them.
 */
export const canChangeSettings = (viewer: Viewer) => hasRole(viewer, 'ADMINISTRATOR');
