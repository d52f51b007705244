import { hasRole, type Viewer } from '../auth/viewer.js';

/**
 * The outbox across all cases (sent, queued and dead messages, resending) and the dev mailbox
 * hold every submitter's messages: administrators only.
 */
export const canManageOutbox = (viewer: Viewer) => hasRole(viewer, 'ADMINISTRATOR');
