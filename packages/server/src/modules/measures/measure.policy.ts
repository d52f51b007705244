import { availableMeasureActions, isMeasureChangeable } from '@klankbord/domain';
import { hasRole, hasScope, type Viewer } from '../auth/viewer.js';
import type { PreventiveMeasure } from './preventive-measure.entity.js';

/** Handlers log preventive measures (step 5); administrators may too. */
export const canProposeMeasure = (viewer: Viewer) =>
  viewer.personId !== null && (hasRole(viewer, 'HANDLER') || hasRole(viewer, 'ADMINISTRATOR'));

/** The owner changes their measure; administrators any. */
export const canChangeMeasure = (viewer: Viewer, measure: PreventiveMeasure) =>
  viewer.personId !== null &&
  ((hasRole(viewer, 'HANDLER') && measure.owner.id === viewer.personId) || hasRole(viewer, 'ADMINISTRATOR'));

/** The register is read by staff (relationship managers are told of measures) and integrations with reports:read. */
export const canReadMeasures = (viewer: Viewer) =>
  (['HANDLER', 'RELATIONSHIP_MANAGER', 'MANAGEMENT', 'ADMINISTRATOR'] as const).some((role) => hasRole(viewer, role)) ||
  hasScope(viewer, 'reports:read');

/** What the viewer may do with a measure now, as `MeasureViewerCan` exposes it. */
export interface MeasurePermissions {
  update: boolean;
  implement: boolean;
  evaluate: boolean;
  cancel: boolean;
}

/**
 * The measure's `viewerCan`: whoever may change the measure (`canChangeMeasure`) may take the
 * lifecycle steps the domain allows in its status, and change its text and links until it is cancelled.
 */
export function measurePermissions(viewer: Viewer, measure: PreventiveMeasure): MeasurePermissions {
  const may = canChangeMeasure(viewer, measure);
  const actions = may ? availableMeasureActions(measure.status) : [];
  return {
    update: may && isMeasureChangeable(measure.status),
    implement: actions.includes('IMPLEMENT'),
    evaluate: actions.includes('EVALUATE'),
    cancel: actions.includes('CANCEL'),
  };
}
