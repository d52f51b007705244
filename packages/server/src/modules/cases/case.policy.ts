import { hasRole, hasScope, type Viewer } from '../auth/viewer.js';
import type { FeedbackCase } from './feedback-case.entity.js';

const refId = (ref: { id: string } | null | undefined) => ref?.id ?? null;

const isSubmitterOf = (viewer: Viewer, c: FeedbackCase) => viewer.personId !== null && refId(c.submitter) === viewer.personId;
const isRelationshipManagerOf = (viewer: Viewer, c: FeedbackCase) =>
  viewer.personId !== null && hasRole(viewer, 'RELATIONSHIP_MANAGER') && refId(c.relationshipManager) === viewer.personId;
const isHandlerOf = (viewer: Viewer, c: FeedbackCase) =>
  viewer.personId !== null && hasRole(viewer, 'HANDLER') && refId(c.handler) === viewer.personId;

/**
 * Who may read a case at all. Relationship managers read every case (they mediate and take over
 * portfolios); handlers their assigned cases; submitters their own; management and administrators
 * everything; integrations with the `cases:read` scope.
 */
export function canReadCase(viewer: Viewer, c: FeedbackCase): boolean {
  return (
    hasRole(viewer, 'ADMINISTRATOR') ||
    hasRole(viewer, 'MANAGEMENT') ||
    hasRole(viewer, 'RELATIONSHIP_MANAGER') ||
    isHandlerOf(viewer, c) ||
    isSubmitterOf(viewer, c) ||
    hasScope(viewer, 'cases:read')
  );
}

/**
 * Who may see the submitter's name, phone and e-mail: the case's relationship manager and handler,
 * the submitter, administrators, and integrations holding the `pii:read` scope. Management never.
 */
export function canSeeSubmitterDetails(viewer: Viewer, c: FeedbackCase): boolean {
  return (
    hasRole(viewer, 'ADMINISTRATOR') ||
    isRelationshipManagerOf(viewer, c) ||
    isHandlerOf(viewer, c) ||
    isSubmitterOf(viewer, c) ||
    (hasScope(viewer, 'cases:read') && hasScope(viewer, 'pii:read'))
  );
}

/** Who may read the free-text description (it often holds personal details). */
export function canReadDescription(viewer: Viewer, c: FeedbackCase): boolean {
  return canSeeSubmitterDetails(viewer, c) || hasRole(viewer, 'RELATIONSHIP_MANAGER');
}
