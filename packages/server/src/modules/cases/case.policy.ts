import { availableActions, type CaseAction } from '@klankbord/domain';
import { hasRole, hasScope, type Viewer } from '../auth/viewer.js';
import type { RelationshipManagerScope } from '../settings/organisation-settings.entity.js';
import type { FeedbackCase } from './feedback-case.entity.js';

const refId = (ref: { id: string } | null | undefined) => ref?.id ?? null;

const isSubmitterOf = (viewer: Viewer, c: FeedbackCase) =>
  viewer.personId !== null && refId(c.submitter) === viewer.personId;
const isRelationshipManagerOf = (viewer: Viewer, c: FeedbackCase) =>
  viewer.personId !== null &&
  hasRole(viewer, 'RELATIONSHIP_MANAGER') &&
  refId(c.relationshipManager) === viewer.personId;
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

/**
 * Whether the viewer reads the case as its submitter only — not also as staff or an integration —
 * and so sees the submitter's view of its history (`SUBMITTER_VIEW`), never staff notes.
 */
export function readsAsSubmitter(viewer: Viewer, c: FeedbackCase): boolean {
  return (
    isSubmitterOf(viewer, c) &&
    !(
      hasRole(viewer, 'ADMINISTRATOR') ||
      hasRole(viewer, 'MANAGEMENT') ||
      hasRole(viewer, 'RELATIONSHIP_MANAGER') ||
      isHandlerOf(viewer, c) ||
      hasScope(viewer, 'cases:read')
    )
  );
}

/** Who may read the free-text description (it often holds personal details). */
export function canReadDescription(viewer: Viewer, c: FeedbackCase): boolean {
  return canSeeSubmitterDetails(viewer, c) || hasRole(viewer, 'RELATIONSHIP_MANAGER');
}

/**
 * Whether the viewer may act as the case's relationship manager: its own relationship manager, any
 * relationship manager when the organisation set the scope to ALL, and anyone in that role for a
 * case nobody has yet (taking it into triage makes it theirs).
 */
function actsAsRelationshipManager(viewer: Viewer, c: FeedbackCase, scope: RelationshipManagerScope): boolean {
  if (!hasRole(viewer, 'RELATIONSHIP_MANAGER') || !viewer.personId) return false;
  return scope === 'ALL' || c.relationshipManager === null || refId(c.relationshipManager) === viewer.personId;
}

/**
 * Who may take which step (PROCEDURE.md roles). Relationship managers triage, decide, assign,
 * extend, close suggestions and compliments; the assigned handler starts, resolves and evaluates;
 * the submitter may withdraw their own case. Management and integrations only read.
 */
const ACTORS: Record<CaseAction, (viewer: Viewer, c: FeedbackCase, scope: RelationshipManagerScope) => boolean> = {
  TAKE_TRIAGE: actsAsRelationshipManager,
  REASSIGN_RELATIONSHIP_MANAGER: actsAsRelationshipManager,
  DECIDE: actsAsRelationshipManager,
  ASSIGN_HANDLER: actsAsRelationshipManager,
  START_WORK: (viewer, c) => isHandlerOf(viewer, c),
  REQUEST_INFORMATION: (viewer, c, scope) => actsAsRelationshipManager(viewer, c, scope) || isHandlerOf(viewer, c),
  RECEIVE_INFORMATION: (viewer, c, scope) => actsAsRelationshipManager(viewer, c, scope) || isHandlerOf(viewer, c),
  EXTEND_DEADLINE: actsAsRelationshipManager,
  RESOLVE: (viewer, c) => isHandlerOf(viewer, c),
  CLOSE: (viewer, c, scope) =>
    (c.kind === 'COMPLAINT' ? isHandlerOf(viewer, c) : false) || actsAsRelationshipManager(viewer, c, scope),
  WITHDRAW: (viewer, c, scope) => isSubmitterOf(viewer, c) || actsAsRelationshipManager(viewer, c, scope),
  REOPEN: actsAsRelationshipManager,
  RECLASSIFY: actsAsRelationshipManager,
  CONSIDER: actsAsRelationshipManager,
  ADOPT: actsAsRelationshipManager,
  DECLINE: actsAsRelationshipManager,
  PASS_ON: actsAsRelationshipManager,
};

/** Whether the viewer's role allows `action` on this case at all, whatever its status. */
export function mayActOn(
  viewer: Viewer,
  action: CaseAction,
  c: FeedbackCase,
  scope: RelationshipManagerScope,
): boolean {
  return ACTORS[action](viewer, c, scope);
}

/** Every action the viewer may take on the case now: what `viewerCan` shows the UI. */
export function permittedActions(viewer: Viewer, c: FeedbackCase, scope: RelationshipManagerScope): CaseAction[] {
  return availableActions(c.kind, c.status).filter((action) => ACTORS[action](viewer, c, scope));
}
