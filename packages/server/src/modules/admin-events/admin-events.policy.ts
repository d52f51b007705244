import { hasRole, type Viewer } from '../auth/viewer.js';

/** The trail of administrative changes is for administrators (who changed the calendar, a lead time, a role). */
export const canReadAdminEvents = (viewer: Viewer) => hasRole(viewer, 'ADMINISTRATOR');
