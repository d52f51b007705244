import { hasRole, type Viewer } from '../auth/viewer.js';

/**
 * Services and complaint types are reference data the administrator keeps (PROCEDURE.md roles);
 * everyone reads them (the intake form needs them before signing in).
 */
export const canManageCatalog = (viewer: Viewer) => hasRole(viewer, 'ADMINISTRATOR');
