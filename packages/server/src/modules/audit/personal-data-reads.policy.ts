import { hasRole, type Viewer } from '../auth/viewer.js';

/** Who read which case's personal data is for administrators (the security officer asks them). */
export const canReadPersonalDataReads = (viewer: Viewer) => hasRole(viewer, 'ADMINISTRATOR');
