import { hasRole, hasScope, type Viewer } from '../auth/viewer.js';
import type { PreventiveMeasure } from './preventive-measure.entity.js';

/** Handlers log preventive measures (step 5); administrators may too. */
export const canProposeMeasure = (viewer: Viewer) => viewer.personId !== null && (hasRole(viewer, 'HANDLER') || hasRole(viewer, 'ADMINISTRATOR'));

/** The owner changes their measure; administrators any. */
export const canChangeMeasure = (viewer: Viewer, measure: PreventiveMeasure) =>
  viewer.personId !== null && ((hasRole(viewer, 'HANDLER') && measure.owner.id === viewer.personId) || hasRole(viewer, 'ADMINISTRATOR'));

/** The register is read by staff (relationship managers are told of measures) and integrations with reports:read. */
export const canReadMeasures = (viewer: Viewer) =>
  (['HANDLER', 'RELATIONSHIP_MANAGER', 'MANAGEMENT', 'ADMINISTRATOR'] as const).some((role) => hasRole(viewer, role)) || hasScope(viewer, 'reports:read');
