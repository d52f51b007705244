/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Assign (or reassign) the handler. */
export type AssignHandlerInput = {
  /** The case. */
  caseId: string | number;
  /** The handler. */
  handlerId: string | number;
  /** A note for the case history. */
  note?: string | null | undefined;
  /** The case version you saw; if someone changed the case since, the step is refused with CONFLICT. */
  version: number;
};

/** Calendar periods of Europe/Amsterdam (ISO weeks start on Monday). */
export type Bucket = 'MONTH' | 'QUARTER' | 'WEEK' | 'YEAR';

/** A step a person can take on a case; every step is recorded as a case event. */
export type CaseAction =
  | 'ADOPT'
  | 'ASSIGN_HANDLER'
  | 'CLOSE'
  | 'CONSIDER'
  | 'DECIDE'
  | 'DECLINE'
  | 'EXTEND_DEADLINE'
  | 'PASS_ON'
  | 'REASSIGN_RELATIONSHIP_MANAGER'
  | 'RECEIVE_INFORMATION'
  | 'RECLASSIFY'
  | 'REOPEN'
  | 'REQUEST_INFORMATION'
  | 'RESOLVE'
  | 'START_WORK'
  | 'TAKE_TRIAGE'
  | 'WITHDRAW';

/** What a case event records: the case was received or imported, or a case action (by its name) was taken. */
export type CaseEventType =
  | 'ADOPT'
  | 'ASSIGN_HANDLER'
  | 'CLOSE'
  | 'CONSIDER'
  | 'DECIDE'
  | 'DECLINE'
  | 'EXTEND_DEADLINE'
  /** Imported from an earlier system. */
  | 'IMPORTED'
  | 'PASS_ON'
  | 'REASSIGN_RELATIONSHIP_MANAGER'
  /** Filed through intake (the form or another system). */
  | 'RECEIVED'
  | 'RECEIVE_INFORMATION'
  | 'RECLASSIFY'
  | 'REOPEN'
  | 'REQUEST_INFORMATION'
  | 'RESOLVE'
  | 'START_WORK'
  | 'TAKE_TRIAGE'
  | 'WITHDRAW';

/** Which cases to list. Every filter narrows; the viewer only ever sees the cases they may read. */
export type CaseFilter = {
  /** Only this complaint type. */
  complaintTypeId?: string | number | null | undefined;
  /** Only open cases due within this many working days. */
  dueWithinWorkingDays?: number | null | undefined;
  /** Only this handler. */
  handlerId?: string | number | null | undefined;
  /** Only this kind. */
  kind?: CaseKind | null | undefined;
  /** Only this organisation unit. */
  organisationUnitId?: string | number | null | undefined;
  /** Only open cases past their resolution deadline. */
  overdue?: boolean | null | undefined;
  /** Received on or after this date (YYYY-MM-DD, Europe/Amsterdam). */
  receivedFrom?: string | null | undefined;
  /** Received on or before this date (YYYY-MM-DD, Europe/Amsterdam). */
  receivedTo?: string | null | undefined;
  /** Only this relationship manager. */
  relationshipManagerId?: string | number | null | undefined;
  /** Only this service. */
  serviceId?: string | number | null | undefined;
  /** Only these statuses. */
  statuses?: Array<CaseStatus> | null | undefined;
  /** Words in the description (roles that may read descriptions only). */
  text?: string | null | undefined;
};

/** What was submitted through the form. */
export type CaseKind =
  /** A formal complaint (klacht). */
  | 'COMPLAINT'
  /** A compliment (compliment). */
  | 'COMPLIMENT'
  /** A suggestion for improvement (suggestie). */
  | 'SUGGESTION';

/** How a case was decided or ended. */
export type CaseOutcome =
  'ADOPTED' | 'DECLINED' | 'JUSTIFIED' | 'NOT_HANDLED' | 'PARTLY_JUSTIFIED' | 'PASSED_ON' | 'UNJUSTIFIED' | 'WITHDRAWN';

/** Where a case stands in its lifecycle. */
export type CaseStatus =
  | 'ADOPTED'
  | 'ASSIGNED'
  | 'CLOSED'
  | 'DECLINED'
  | 'IN_PROGRESS'
  | 'IN_TRIAGE'
  | 'JUSTIFIED'
  | 'PASSED_ON'
  | 'RECEIVED'
  | 'RESOLVED'
  | 'UNDER_CONSIDERATION'
  | 'WITHDRAWN';

/** Which case, at which version, with an optional note for the audit trail. */
export type CaseStepInput = {
  /** The case. */
  caseId: string | number;
  /** A note for the case history. */
  note?: string | null | undefined;
  /** The case version you saw; if someone changed the case since, the step is refused with CONFLICT. */
  version: number;
};

/** How the case reached the organisation. */
export type Channel =
  /** Submitted by another system over GraphQL. */
  | 'API'
  /** By e-mail, registered by staff. */
  | 'EMAIL'
  /** Imported from an earlier system. */
  | 'IMPORT'
  /** By telephone, registered by staff. */
  | 'PHONE'
  /** The form in the self-service portal. */
  | 'PORTAL';

/** Close the case. Complaints are closed after evaluation: link preventive measures or say why none is needed. */
export type CloseCaseInput = {
  /** The case. */
  caseId: string | number;
  /** Complaints: the preventive measures this complaint prompted or is covered by. */
  measureIds?: Array<string | number> | null | undefined;
  /** Complaints without a measure: why none is needed. */
  noMeasureReason?: string | null | undefined;
  /** A note for the case history. */
  note?: string | null | undefined;
  /** The case version you saw; if someone changed the case since, the step is refused with CONFLICT. */
  version: number;
};

/** The relationship manager’s decision on a complaint in triage. */
export type DecideComplaintInput = {
  /** The case. */
  caseId: string | number;
  /** A note for the case history. */
  note?: string | null | undefined;
  /** JUSTIFIED or PARTLY_JUSTIFIED: the complaint becomes JUSTIFIED; UNJUSTIFIED or NOT_HANDLED or WITHDRAWN: the complaint becomes CLOSED. */
  outcome: CaseOutcome;
  /** The reason, as communicated to the submitter. */
  reason: string;
  /** The case version you saw; if someone changed the case since, the step is refused with CONFLICT. */
  version: number;
};

/** The conclusion of the evaluation. */
export type EvaluateMeasureInput = {
  /** What the evaluation found. */
  evaluationNote: string;
  /** The measure. */
  measureId: string | number;
  /** A note for the history. */
  note?: string | null | undefined;
  /** The version you saw; a newer one is a CONFLICT. */
  version: number;
};

/** A later resolution deadline: give either a date or a number of extra working days. */
export type ExtendDeadlineInput = {
  /** The case. */
  caseId: string | number;
  /** Or: this many working days after the current deadline. */
  extraWorkingDays?: number | null | undefined;
  /** New due date, YYYY-MM-DD (due at the end of that day, Europe/Amsterdam). */
  newDueDate?: string | null | undefined;
  /** A note for the case history. */
  note?: string | null | undefined;
  /** Why the lead time cannot be met. */
  reason: string;
  /** When the submitter was told. Counts as "in time" only before the previous deadline passed. */
  submitterInformedAt: string;
  /** The case version you saw; if someone changed the case since, the step is refused with CONFLICT. */
  version: number;
};

/** The measure took effect. */
export type ImplementMeasureInput = {
  /** Date it was communicated to the relationship managers, YYYY-MM-DD. */
  communicatedOn?: string | null | undefined;
  /** Date it took effect, YYYY-MM-DD; its effect is measured from here. */
  implementedOn: string;
  /** The measure. */
  measureId: string | number;
  /** A note for the history. */
  note?: string | null | undefined;
  /** The version you saw; a newer one is a CONFLICT. */
  version: number;
};

/** Link complaints that prompted a measure or are covered by it. */
export type LinkCasesToMeasureInput = {
  /** The complaints. */
  caseIds: Array<string | number>;
  /** The measure. */
  measureId: string | number;
  /** A note for the history. */
  note?: string | null | undefined;
  /** The version you saw; a newer one is a CONFLICT. */
  version: number;
};

/** What a measure event records: proposing it, a lifecycle action, or a change to its text (UPDATE) or linked complaints (LINK_CASES). */
export type MeasureEventType = 'CANCEL' | 'EVALUATE' | 'IMPLEMENT' | 'LINK_CASES' | 'PROPOSE' | 'UPDATE';

/** Where a preventive measure stands: proposed, implemented, evaluated (or cancelled). */
export type MeasureStatus = 'CANCELLED' | 'EVALUATED' | 'IMPLEMENTED' | 'PROPOSED';

/** Which measure, at which version. */
export type MeasureStepInput = {
  /** The measure. */
  measureId: string | number;
  /** A note for the history. */
  note?: string | null | undefined;
  /** The version you saw; a newer one is a CONFLICT. */
  version: number;
};

/** Pass a compliment on to the team or person praised. */
export type PassOnComplimentInput = {
  /** The case. */
  caseId: string | number;
  /** A note for the case history. */
  note?: string | null | undefined;
  /** The team or person it was passed on to. */
  passedOnTo: string;
  /** The case version you saw; if someone changed the case since, the step is refused with CONFLICT. */
  version: number;
};

/** A new preventive measure; the signed-in handler becomes its owner. */
export type ProposeMeasureInput = {
  /** Complaints that prompted it. */
  caseIds?: Array<string | number> | null | undefined;
  /** What will be done and why. */
  description: string;
  /** The effect the owner expects. */
  expectedEffect?: string | null | undefined;
  /** The complaint type it should prevent. */
  targetComplaintTypeId: string | number;
  /** The service, when it targets one. */
  targetServiceId?: string | number | null | undefined;
  /** Short title. */
  title: string;
};

/** Hand the case to another relationship manager. */
export type ReassignRelationshipManagerInput = {
  /** The case. */
  caseId: string | number;
  /** A note for the case history. */
  note?: string | null | undefined;
  /** The new relationship manager. */
  relationshipManagerId: string | number;
  /** The case version you saw; if someone changed the case since, the step is refused with CONFLICT. */
  version: number;
};

/** Change the complaint type and/or service. See the README for when the deadline is recomputed. */
export type ReclassifyCaseInput = {
  /** The case. */
  caseId: string | number;
  /** New complaint type (complaints only). */
  complaintTypeId?: string | number | null | undefined;
  /** A note for the case history. */
  note?: string | null | undefined;
  /** New service. */
  serviceId?: string | number | null | undefined;
  /** The case version you saw; if someone changed the case since, the step is refused with CONFLICT. */
  version: number;
};

/** Reopen a resolved or closed case. */
export type ReopenCaseInput = {
  /** The case. */
  caseId: string | number;
  /** A note for the case history. */
  note?: string | null | undefined;
  /** Why it is reopened. */
  reason: string;
  /** The case version you saw; if someone changed the case since, the step is refused with CONFLICT. */
  version: number;
};

/** Which cases a report counts: received from `from` to `to` inclusive (Europe/Amsterdam dates), optionally narrowed by kind, services, complaint types and organisation units. */
export type ReportFilter = {
  /** Period of the trend points (default MONTH). */
  bucket?: Bucket | null | undefined;
  /** Only these complaint types. */
  complaintTypeIds?: Array<string | number> | null | undefined;
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Only this kind. */
  kind?: CaseKind | null | undefined;
  /** Only these organisation units. */
  organisationUnitIds?: Array<string | number> | null | undefined;
  /** Only these services. */
  serviceIds?: Array<string | number> | null | undefined;
  /** Last day, YYYY-MM-DD (inclusive). */
  to: string;
};

/** Ask the submitter for information. The deadline keeps running unless the complaint type pauses the clock (see README: clock policy). */
export type RequestInformationInput = {
  /** The case. */
  caseId: string | number;
  /** A note for the case history. */
  note?: string | null | undefined;
  /** What is asked of the submitter. */
  question: string;
  /** The case version you saw; if someone changed the case since, the step is refused with CONFLICT. */
  version: number;
};

/** The handler settles the complaint. */
export type ResolveComplaintInput = {
  /** The case. */
  caseId: string | number;
  /** When the submitter was told (default: now). */
  communicatedAt?: string | null | undefined;
  /** The measures taken, as told to the submitter through the relationship manager. */
  measuresTaken: string;
  /** A note for the case history. */
  note?: string | null | undefined;
  /** The case version you saw; if someone changed the case since, the step is refused with CONFLICT. */
  version: number;
};

/** Adopt or decline a suggestion, with the response to the submitter. */
export type RespondToSuggestionInput = {
  /** True to adopt, false to decline. */
  adopt: boolean;
  /** The case. */
  caseId: string | number;
  /** A note for the case history. */
  note?: string | null | undefined;
  /** The response given to the submitter. */
  response: string;
  /** The case version you saw; if someone changed the case since, the step is refused with CONFLICT. */
  version: number;
};

/** What a person may do in the procedure. */
export type Role =
  /** Keeps categories, services, lead times, the holiday calendar, people and roles. */
  | 'ADMINISTRATOR'
  /** Works assigned cases, records measures taken and logs preventive measures. */
  | 'HANDLER'
  /** Another system reading cases and aggregates with its own credentials. */
  | 'INTEGRATION'
  /** Reads dashboards and trend reports; never sees names or phone numbers. */
  | 'MANAGEMENT'
  /** Triages, decides whether a complaint is justified, assigns handlers, informs the submitter. */
  | 'RELATIONSHIP_MANAGER'
  /** Files complaints, suggestions and compliments; sees own submissions only. */
  | 'SUBMITTER';

/** A complaint, suggestion or compliment from the portal form (or registered by staff). */
export type SubmitFeedbackInput = {
  /** How it came in; only staff may register EMAIL or PHONE intake. Default PORTAL. */
  channel?: Channel | null | undefined;
  /** Complaints only: the suggested complaint type (the relationship manager decides). */
  complaintTypeId?: string | number | null | undefined;
  /** What happened, or what you suggest or praise (10–5000 characters). */
  description: string;
  /** E-mail address for the acknowledgement; defaults to the signed-in person’s. */
  email?: string | null | undefined;
  /** A key the client makes once per form instance (e.g. a UUID). Sending the same submission again with it returns the first result instead of filing twice. */
  idempotencyKey?: string | null | undefined;
  /** Complaint, suggestion or compliment. */
  kind: CaseKind;
  /** Language of the acknowledgement: `nl` (default) or `en`. */
  locale?: string | null | undefined;
  /** The submitter’s organisation unit; defaults to the signed-in person’s. */
  organisationUnitId?: string | number | null | undefined;
  /** Phone number to call back on; required for complaints unless the signed-in person has one on file. Stored normalised (E.164). */
  phone?: string | null | undefined;
  /** The service it concerns, as the submitter sees it (the relationship manager decides). */
  serviceId?: string | number | null | undefined;
  /** Name of the submitter. Defaults to the signed-in person; required when staff register on someone’s behalf. */
  submitterName?: string | null | undefined;
};

/** Change what a measure says (not its status). */
export type UpdateMeasureInput = {
  /** New description. */
  description?: string | null | undefined;
  /** New expected effect. */
  expectedEffect?: string | null | undefined;
  /** The measure. */
  measureId: string | number;
  /** A note for the history. */
  note?: string | null | undefined;
  /** New title. */
  title?: string | null | undefined;
  /** The version you saw; a newer one is a CONFLICT. */
  version: number;
};

export type E2eDemoPeopleQueryQueryVariables = Exact<{ [key: string]: never }>;

export type E2eDemoPeopleQueryQuery = { demoPeople: Array<{ id: string; displayName: string }> };

export type E2eDevSignInMutationMutationVariables = Exact<{
  personId: string | number;
}>;

export type E2eDevSignInMutationMutation = {
  devSignIn: { token: string; person: { id: string; displayName: string } };
};

export type E2eCaseExtensionsQueryQueryVariables = Exact<{
  id: string | number;
}>;

export type E2eCaseExtensionsQueryQuery = {
  case: { extensions: Array<{ submitterInformedAt: string; reason: string }> };
};

export type E2eComplaintTypesQueryQueryVariables = Exact<{ [key: string]: never }>;

export type E2eComplaintTypesQueryQuery = { complaintTypes: Array<{ id: string; nameNl: string }> };

export type E2eSubmitComplaintMutationMutationVariables = Exact<{
  input: SubmitFeedbackInput;
}>;

export type E2eSubmitComplaintMutationMutation = {
  submitFeedback: {
    registrationNumber: string;
    case: { id: string; version: number; relationshipManager: { displayName: string | null } | null };
  };
};

export type E2eMyCasesQueryQueryVariables = Exact<{ [key: string]: never }>;

export type E2eMyCasesQueryQuery = { myCases: Array<{ id: string; registrationNumber: string }> };

export type E2eTakeTriageMutationMutationVariables = Exact<{
  input: CaseStepInput;
}>;

export type E2eTakeTriageMutationMutation = { takeTriage: { case: { version: number } } };

export type E2eDecideComplaintMutationMutationVariables = Exact<{
  input: DecideComplaintInput;
}>;

export type E2eDecideComplaintMutationMutation = { decideComplaint: { case: { version: number } } };

export type E2eHandlersQueryQueryVariables = Exact<{ [key: string]: never }>;

export type E2eHandlersQueryQuery = { people: Array<{ id: string; displayName: string | null }> };

export type E2eAssignHandlerMutationMutationVariables = Exact<{
  input: AssignHandlerInput;
}>;

export type E2eAssignHandlerMutationMutation = { assignHandler: { case: { version: number } } };

export type E2eProposeMeasureMutationMutationVariables = Exact<{
  input: ProposeMeasureInput;
}>;

export type E2eProposeMeasureMutationMutation = { proposeMeasure: { measure: { id: string; title: string } } };

export type SignInRouteQueryQueryVariables = Exact<{ [key: string]: never }>;

export type SignInRouteQueryQuery = { demoPeople: Array<{ id: string; displayName: string; roles: Array<Role> }> };

export type DevSignInMutationMutationVariables = Exact<{
  personId: string | number;
}>;

export type DevSignInMutationMutation = {
  devSignIn: { token: string; person: { id: string; displayName: string; roles: Array<Role> } };
};

export type FinishSignInViewerQueryQueryVariables = Exact<{ [key: string]: never }>;

export type FinishSignInViewerQueryQuery = {
  viewer: { id: string; displayName: string | null; roles: Array<Role> } | null;
};

export type CaseActionsOptionsQueryQueryVariables = Exact<{ [key: string]: never }>;

export type CaseActionsOptionsQueryQuery = {
  handlers: Array<{ id: string; displayName: string | null }>;
  relationshipManagers: Array<{ id: string; displayName: string | null }>;
  complaintTypes: Array<{ id: string; name: string; nameNl: string; active: boolean }>;
  services: Array<{ id: string; name: string; nameNl: string; active: boolean }>;
  measures: Array<{ id: string; title: string; status: MeasureStatus }>;
};

export type CaseDetail_CaseFragment = {
  id: string;
  version: number;
  registrationNumber: string;
  kind: CaseKind;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  outcomeReason: string | null;
  receivedAt: string;
  channel: Channel;
  submitterName: string | null;
  submitterPhone: string | null;
  submitterEmail: string | null;
  description: string | null;
  measuresTaken: string | null;
  complaintType: { id: string; name: string; nameNl: string } | null;
  service: { id: string; name: string; nameNl: string } | null;
  relationshipManager: { id: string; displayName: string | null } | null;
  handler: { id: string; displayName: string | null } | null;
  viewerCan: { actions: Array<CaseAction> };
  events: Array<{
    id: string;
    type: CaseEventType;
    fromStatus: CaseStatus | null;
    toStatus: CaseStatus;
    note: string | null;
    occurredAt: string;
    actor: { id: string; displayName: string | null } | null;
  }>;
};

export type CaseDetailRouteQueryQueryVariables = Exact<{
  id: string | number;
  locale: string;
}>;

export type CaseDetailRouteQueryQuery = {
  case: {
    id: string;
    version: number;
    registrationNumber: string;
    kind: CaseKind;
    status: CaseStatus;
    outcome: CaseOutcome | null;
    outcomeReason: string | null;
    receivedAt: string;
    channel: Channel;
    submitterName: string | null;
    submitterPhone: string | null;
    submitterEmail: string | null;
    description: string | null;
    measuresTaken: string | null;
    deadlines: {
      acknowledgement: { dueAt: string; overdue: boolean; explanation: Array<string> };
      resolution: { dueAt: string; overdue: boolean; explanation: Array<string> };
    };
    complaintType: { id: string; name: string; nameNl: string } | null;
    service: { id: string; name: string; nameNl: string } | null;
    relationshipManager: { id: string; displayName: string | null } | null;
    handler: { id: string; displayName: string | null } | null;
    viewerCan: { actions: Array<CaseAction> };
    events: Array<{
      id: string;
      type: CaseEventType;
      fromStatus: CaseStatus | null;
      toStatus: CaseStatus;
      note: string | null;
      occurredAt: string;
      actor: { id: string; displayName: string | null } | null;
    }>;
  };
};

export type CaseTable_CaseFragment = {
  id: string;
  registrationNumber: string;
  kind: CaseKind;
  status: CaseStatus;
  receivedAt: string;
  resolutionDueAt: string;
  complaintType: { id: string; name: string; nameNl: string } | null;
  service: { id: string; name: string; nameNl: string } | null;
};

export type CasesRouteQueryQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
  first?: number | null | undefined;
}>;

export type CasesRouteQueryQuery = {
  cases: {
    totalCount: number;
    nodes: Array<{
      id: string;
      registrationNumber: string;
      kind: CaseKind;
      status: CaseStatus;
      receivedAt: string;
      resolutionDueAt: string;
      complaintType: { id: string; name: string; nameNl: string } | null;
      service: { id: string; name: string; nameNl: string } | null;
    }>;
  };
};

export type QueueRouteQueryQueryVariables = Exact<{ [key: string]: never }>;

export type QueueRouteQueryQuery = {
  myQueue: {
    totalCount: number;
    nodes: Array<{
      id: string;
      registrationNumber: string;
      kind: CaseKind;
      status: CaseStatus;
      receivedAt: string;
      resolutionDueAt: string;
      deadlines: { resolution: { overdue: boolean } };
      complaintType: { id: string; name: string; nameNl: string } | null;
      service: { id: string; name: string; nameNl: string } | null;
    }>;
  };
};

export type AssignHandlerMutationMutationVariables = Exact<{
  input: AssignHandlerInput;
}>;

export type AssignHandlerMutationMutation = {
  assignHandler: {
    case: {
      id: string;
      version: number;
      registrationNumber: string;
      kind: CaseKind;
      status: CaseStatus;
      outcome: CaseOutcome | null;
      outcomeReason: string | null;
      receivedAt: string;
      channel: Channel;
      submitterName: string | null;
      submitterPhone: string | null;
      submitterEmail: string | null;
      description: string | null;
      measuresTaken: string | null;
      complaintType: { id: string; name: string; nameNl: string } | null;
      service: { id: string; name: string; nameNl: string } | null;
      relationshipManager: { id: string; displayName: string | null } | null;
      handler: { id: string; displayName: string | null } | null;
      viewerCan: { actions: Array<CaseAction> };
      events: Array<{
        id: string;
        type: CaseEventType;
        fromStatus: CaseStatus | null;
        toStatus: CaseStatus;
        note: string | null;
        occurredAt: string;
        actor: { id: string; displayName: string | null } | null;
      }>;
    };
  };
};

export type CaseStep_PayloadFragment = {
  case: {
    id: string;
    version: number;
    registrationNumber: string;
    kind: CaseKind;
    status: CaseStatus;
    outcome: CaseOutcome | null;
    outcomeReason: string | null;
    receivedAt: string;
    channel: Channel;
    submitterName: string | null;
    submitterPhone: string | null;
    submitterEmail: string | null;
    description: string | null;
    measuresTaken: string | null;
    complaintType: { id: string; name: string; nameNl: string } | null;
    service: { id: string; name: string; nameNl: string } | null;
    relationshipManager: { id: string; displayName: string | null } | null;
    handler: { id: string; displayName: string | null } | null;
    viewerCan: { actions: Array<CaseAction> };
    events: Array<{
      id: string;
      type: CaseEventType;
      fromStatus: CaseStatus | null;
      toStatus: CaseStatus;
      note: string | null;
      occurredAt: string;
      actor: { id: string; displayName: string | null } | null;
    }>;
  };
};

export type CloseCaseMutationMutationVariables = Exact<{
  input: CloseCaseInput;
}>;

export type CloseCaseMutationMutation = {
  closeCase: {
    case: {
      id: string;
      version: number;
      registrationNumber: string;
      kind: CaseKind;
      status: CaseStatus;
      outcome: CaseOutcome | null;
      outcomeReason: string | null;
      receivedAt: string;
      channel: Channel;
      submitterName: string | null;
      submitterPhone: string | null;
      submitterEmail: string | null;
      description: string | null;
      measuresTaken: string | null;
      complaintType: { id: string; name: string; nameNl: string } | null;
      service: { id: string; name: string; nameNl: string } | null;
      relationshipManager: { id: string; displayName: string | null } | null;
      handler: { id: string; displayName: string | null } | null;
      viewerCan: { actions: Array<CaseAction> };
      events: Array<{
        id: string;
        type: CaseEventType;
        fromStatus: CaseStatus | null;
        toStatus: CaseStatus;
        note: string | null;
        occurredAt: string;
        actor: { id: string; displayName: string | null } | null;
      }>;
    };
  };
};

export type ConsiderSuggestionMutationMutationVariables = Exact<{
  input: CaseStepInput;
}>;

export type ConsiderSuggestionMutationMutation = {
  considerSuggestion: {
    case: {
      id: string;
      version: number;
      registrationNumber: string;
      kind: CaseKind;
      status: CaseStatus;
      outcome: CaseOutcome | null;
      outcomeReason: string | null;
      receivedAt: string;
      channel: Channel;
      submitterName: string | null;
      submitterPhone: string | null;
      submitterEmail: string | null;
      description: string | null;
      measuresTaken: string | null;
      complaintType: { id: string; name: string; nameNl: string } | null;
      service: { id: string; name: string; nameNl: string } | null;
      relationshipManager: { id: string; displayName: string | null } | null;
      handler: { id: string; displayName: string | null } | null;
      viewerCan: { actions: Array<CaseAction> };
      events: Array<{
        id: string;
        type: CaseEventType;
        fromStatus: CaseStatus | null;
        toStatus: CaseStatus;
        note: string | null;
        occurredAt: string;
        actor: { id: string; displayName: string | null } | null;
      }>;
    };
  };
};

export type DecideComplaintMutationMutationVariables = Exact<{
  input: DecideComplaintInput;
}>;

export type DecideComplaintMutationMutation = {
  decideComplaint: {
    case: {
      id: string;
      version: number;
      registrationNumber: string;
      kind: CaseKind;
      status: CaseStatus;
      outcome: CaseOutcome | null;
      outcomeReason: string | null;
      receivedAt: string;
      channel: Channel;
      submitterName: string | null;
      submitterPhone: string | null;
      submitterEmail: string | null;
      description: string | null;
      measuresTaken: string | null;
      complaintType: { id: string; name: string; nameNl: string } | null;
      service: { id: string; name: string; nameNl: string } | null;
      relationshipManager: { id: string; displayName: string | null } | null;
      handler: { id: string; displayName: string | null } | null;
      viewerCan: { actions: Array<CaseAction> };
      events: Array<{
        id: string;
        type: CaseEventType;
        fromStatus: CaseStatus | null;
        toStatus: CaseStatus;
        note: string | null;
        occurredAt: string;
        actor: { id: string; displayName: string | null } | null;
      }>;
    };
  };
};

export type ExtendDeadlineMutationMutationVariables = Exact<{
  input: ExtendDeadlineInput;
}>;

export type ExtendDeadlineMutationMutation = {
  extendDeadline: {
    case: {
      id: string;
      version: number;
      registrationNumber: string;
      kind: CaseKind;
      status: CaseStatus;
      outcome: CaseOutcome | null;
      outcomeReason: string | null;
      receivedAt: string;
      channel: Channel;
      submitterName: string | null;
      submitterPhone: string | null;
      submitterEmail: string | null;
      description: string | null;
      measuresTaken: string | null;
      complaintType: { id: string; name: string; nameNl: string } | null;
      service: { id: string; name: string; nameNl: string } | null;
      relationshipManager: { id: string; displayName: string | null } | null;
      handler: { id: string; displayName: string | null } | null;
      viewerCan: { actions: Array<CaseAction> };
      events: Array<{
        id: string;
        type: CaseEventType;
        fromStatus: CaseStatus | null;
        toStatus: CaseStatus;
        note: string | null;
        occurredAt: string;
        actor: { id: string; displayName: string | null } | null;
      }>;
    };
  };
};

export type PassOnComplimentMutationMutationVariables = Exact<{
  input: PassOnComplimentInput;
}>;

export type PassOnComplimentMutationMutation = {
  passOnCompliment: {
    case: {
      id: string;
      version: number;
      registrationNumber: string;
      kind: CaseKind;
      status: CaseStatus;
      outcome: CaseOutcome | null;
      outcomeReason: string | null;
      receivedAt: string;
      channel: Channel;
      submitterName: string | null;
      submitterPhone: string | null;
      submitterEmail: string | null;
      description: string | null;
      measuresTaken: string | null;
      complaintType: { id: string; name: string; nameNl: string } | null;
      service: { id: string; name: string; nameNl: string } | null;
      relationshipManager: { id: string; displayName: string | null } | null;
      handler: { id: string; displayName: string | null } | null;
      viewerCan: { actions: Array<CaseAction> };
      events: Array<{
        id: string;
        type: CaseEventType;
        fromStatus: CaseStatus | null;
        toStatus: CaseStatus;
        note: string | null;
        occurredAt: string;
        actor: { id: string; displayName: string | null } | null;
      }>;
    };
  };
};

export type ReassignRelationshipManagerMutationMutationVariables = Exact<{
  input: ReassignRelationshipManagerInput;
}>;

export type ReassignRelationshipManagerMutationMutation = {
  reassignRelationshipManager: {
    case: {
      id: string;
      version: number;
      registrationNumber: string;
      kind: CaseKind;
      status: CaseStatus;
      outcome: CaseOutcome | null;
      outcomeReason: string | null;
      receivedAt: string;
      channel: Channel;
      submitterName: string | null;
      submitterPhone: string | null;
      submitterEmail: string | null;
      description: string | null;
      measuresTaken: string | null;
      complaintType: { id: string; name: string; nameNl: string } | null;
      service: { id: string; name: string; nameNl: string } | null;
      relationshipManager: { id: string; displayName: string | null } | null;
      handler: { id: string; displayName: string | null } | null;
      viewerCan: { actions: Array<CaseAction> };
      events: Array<{
        id: string;
        type: CaseEventType;
        fromStatus: CaseStatus | null;
        toStatus: CaseStatus;
        note: string | null;
        occurredAt: string;
        actor: { id: string; displayName: string | null } | null;
      }>;
    };
  };
};

export type ReceiveInformationMutationMutationVariables = Exact<{
  input: CaseStepInput;
}>;

export type ReceiveInformationMutationMutation = {
  receiveInformation: {
    case: {
      id: string;
      version: number;
      registrationNumber: string;
      kind: CaseKind;
      status: CaseStatus;
      outcome: CaseOutcome | null;
      outcomeReason: string | null;
      receivedAt: string;
      channel: Channel;
      submitterName: string | null;
      submitterPhone: string | null;
      submitterEmail: string | null;
      description: string | null;
      measuresTaken: string | null;
      complaintType: { id: string; name: string; nameNl: string } | null;
      service: { id: string; name: string; nameNl: string } | null;
      relationshipManager: { id: string; displayName: string | null } | null;
      handler: { id: string; displayName: string | null } | null;
      viewerCan: { actions: Array<CaseAction> };
      events: Array<{
        id: string;
        type: CaseEventType;
        fromStatus: CaseStatus | null;
        toStatus: CaseStatus;
        note: string | null;
        occurredAt: string;
        actor: { id: string; displayName: string | null } | null;
      }>;
    };
  };
};

export type ReclassifyCaseMutationMutationVariables = Exact<{
  input: ReclassifyCaseInput;
}>;

export type ReclassifyCaseMutationMutation = {
  reclassifyCase: {
    case: {
      id: string;
      version: number;
      registrationNumber: string;
      kind: CaseKind;
      status: CaseStatus;
      outcome: CaseOutcome | null;
      outcomeReason: string | null;
      receivedAt: string;
      channel: Channel;
      submitterName: string | null;
      submitterPhone: string | null;
      submitterEmail: string | null;
      description: string | null;
      measuresTaken: string | null;
      complaintType: { id: string; name: string; nameNl: string } | null;
      service: { id: string; name: string; nameNl: string } | null;
      relationshipManager: { id: string; displayName: string | null } | null;
      handler: { id: string; displayName: string | null } | null;
      viewerCan: { actions: Array<CaseAction> };
      events: Array<{
        id: string;
        type: CaseEventType;
        fromStatus: CaseStatus | null;
        toStatus: CaseStatus;
        note: string | null;
        occurredAt: string;
        actor: { id: string; displayName: string | null } | null;
      }>;
    };
  };
};

export type ReopenCaseMutationMutationVariables = Exact<{
  input: ReopenCaseInput;
}>;

export type ReopenCaseMutationMutation = {
  reopenCase: {
    case: {
      id: string;
      version: number;
      registrationNumber: string;
      kind: CaseKind;
      status: CaseStatus;
      outcome: CaseOutcome | null;
      outcomeReason: string | null;
      receivedAt: string;
      channel: Channel;
      submitterName: string | null;
      submitterPhone: string | null;
      submitterEmail: string | null;
      description: string | null;
      measuresTaken: string | null;
      complaintType: { id: string; name: string; nameNl: string } | null;
      service: { id: string; name: string; nameNl: string } | null;
      relationshipManager: { id: string; displayName: string | null } | null;
      handler: { id: string; displayName: string | null } | null;
      viewerCan: { actions: Array<CaseAction> };
      events: Array<{
        id: string;
        type: CaseEventType;
        fromStatus: CaseStatus | null;
        toStatus: CaseStatus;
        note: string | null;
        occurredAt: string;
        actor: { id: string; displayName: string | null } | null;
      }>;
    };
  };
};

export type RequestInformationMutationMutationVariables = Exact<{
  input: RequestInformationInput;
}>;

export type RequestInformationMutationMutation = {
  requestInformation: {
    case: {
      id: string;
      version: number;
      registrationNumber: string;
      kind: CaseKind;
      status: CaseStatus;
      outcome: CaseOutcome | null;
      outcomeReason: string | null;
      receivedAt: string;
      channel: Channel;
      submitterName: string | null;
      submitterPhone: string | null;
      submitterEmail: string | null;
      description: string | null;
      measuresTaken: string | null;
      complaintType: { id: string; name: string; nameNl: string } | null;
      service: { id: string; name: string; nameNl: string } | null;
      relationshipManager: { id: string; displayName: string | null } | null;
      handler: { id: string; displayName: string | null } | null;
      viewerCan: { actions: Array<CaseAction> };
      events: Array<{
        id: string;
        type: CaseEventType;
        fromStatus: CaseStatus | null;
        toStatus: CaseStatus;
        note: string | null;
        occurredAt: string;
        actor: { id: string; displayName: string | null } | null;
      }>;
    };
  };
};

export type ResolveComplaintMutationMutationVariables = Exact<{
  input: ResolveComplaintInput;
}>;

export type ResolveComplaintMutationMutation = {
  resolveComplaint: {
    case: {
      id: string;
      version: number;
      registrationNumber: string;
      kind: CaseKind;
      status: CaseStatus;
      outcome: CaseOutcome | null;
      outcomeReason: string | null;
      receivedAt: string;
      channel: Channel;
      submitterName: string | null;
      submitterPhone: string | null;
      submitterEmail: string | null;
      description: string | null;
      measuresTaken: string | null;
      complaintType: { id: string; name: string; nameNl: string } | null;
      service: { id: string; name: string; nameNl: string } | null;
      relationshipManager: { id: string; displayName: string | null } | null;
      handler: { id: string; displayName: string | null } | null;
      viewerCan: { actions: Array<CaseAction> };
      events: Array<{
        id: string;
        type: CaseEventType;
        fromStatus: CaseStatus | null;
        toStatus: CaseStatus;
        note: string | null;
        occurredAt: string;
        actor: { id: string; displayName: string | null } | null;
      }>;
    };
  };
};

export type RespondToSuggestionMutationMutationVariables = Exact<{
  input: RespondToSuggestionInput;
}>;

export type RespondToSuggestionMutationMutation = {
  respondToSuggestion: {
    case: {
      id: string;
      version: number;
      registrationNumber: string;
      kind: CaseKind;
      status: CaseStatus;
      outcome: CaseOutcome | null;
      outcomeReason: string | null;
      receivedAt: string;
      channel: Channel;
      submitterName: string | null;
      submitterPhone: string | null;
      submitterEmail: string | null;
      description: string | null;
      measuresTaken: string | null;
      complaintType: { id: string; name: string; nameNl: string } | null;
      service: { id: string; name: string; nameNl: string } | null;
      relationshipManager: { id: string; displayName: string | null } | null;
      handler: { id: string; displayName: string | null } | null;
      viewerCan: { actions: Array<CaseAction> };
      events: Array<{
        id: string;
        type: CaseEventType;
        fromStatus: CaseStatus | null;
        toStatus: CaseStatus;
        note: string | null;
        occurredAt: string;
        actor: { id: string; displayName: string | null } | null;
      }>;
    };
  };
};

export type StartWorkMutationMutationVariables = Exact<{
  input: CaseStepInput;
}>;

export type StartWorkMutationMutation = {
  startWork: {
    case: {
      id: string;
      version: number;
      registrationNumber: string;
      kind: CaseKind;
      status: CaseStatus;
      outcome: CaseOutcome | null;
      outcomeReason: string | null;
      receivedAt: string;
      channel: Channel;
      submitterName: string | null;
      submitterPhone: string | null;
      submitterEmail: string | null;
      description: string | null;
      measuresTaken: string | null;
      complaintType: { id: string; name: string; nameNl: string } | null;
      service: { id: string; name: string; nameNl: string } | null;
      relationshipManager: { id: string; displayName: string | null } | null;
      handler: { id: string; displayName: string | null } | null;
      viewerCan: { actions: Array<CaseAction> };
      events: Array<{
        id: string;
        type: CaseEventType;
        fromStatus: CaseStatus | null;
        toStatus: CaseStatus;
        note: string | null;
        occurredAt: string;
        actor: { id: string; displayName: string | null } | null;
      }>;
    };
  };
};

export type TakeTriageMutationMutationVariables = Exact<{
  input: CaseStepInput;
}>;

export type TakeTriageMutationMutation = {
  takeTriage: {
    case: {
      id: string;
      version: number;
      registrationNumber: string;
      kind: CaseKind;
      status: CaseStatus;
      outcome: CaseOutcome | null;
      outcomeReason: string | null;
      receivedAt: string;
      channel: Channel;
      submitterName: string | null;
      submitterPhone: string | null;
      submitterEmail: string | null;
      description: string | null;
      measuresTaken: string | null;
      complaintType: { id: string; name: string; nameNl: string } | null;
      service: { id: string; name: string; nameNl: string } | null;
      relationshipManager: { id: string; displayName: string | null } | null;
      handler: { id: string; displayName: string | null } | null;
      viewerCan: { actions: Array<CaseAction> };
      events: Array<{
        id: string;
        type: CaseEventType;
        fromStatus: CaseStatus | null;
        toStatus: CaseStatus;
        note: string | null;
        occurredAt: string;
        actor: { id: string; displayName: string | null } | null;
      }>;
    };
  };
};

export type WithdrawCaseMutationMutationVariables = Exact<{
  input: CaseStepInput;
}>;

export type WithdrawCaseMutationMutation = {
  withdrawCase: {
    case: {
      id: string;
      version: number;
      registrationNumber: string;
      kind: CaseKind;
      status: CaseStatus;
      outcome: CaseOutcome | null;
      outcomeReason: string | null;
      receivedAt: string;
      channel: Channel;
      submitterName: string | null;
      submitterPhone: string | null;
      submitterEmail: string | null;
      description: string | null;
      measuresTaken: string | null;
      complaintType: { id: string; name: string; nameNl: string } | null;
      service: { id: string; name: string; nameNl: string } | null;
      relationshipManager: { id: string; displayName: string | null } | null;
      handler: { id: string; displayName: string | null } | null;
      viewerCan: { actions: Array<CaseAction> };
      events: Array<{
        id: string;
        type: CaseEventType;
        fromStatus: CaseStatus | null;
        toStatus: CaseStatus;
        note: string | null;
        occurredAt: string;
        actor: { id: string; displayName: string | null } | null;
      }>;
    };
  };
};

export type DashboardFiltersQueryQueryVariables = Exact<{ [key: string]: never }>;

export type DashboardFiltersQueryQuery = {
  services: Array<{ id: string; name: string; nameNl: string; active: boolean }>;
  complaintTypes: Array<{ id: string; name: string; nameNl: string; active: boolean }>;
  organisationUnits: Array<{ id: string; name: string; active: boolean }>;
};

export type ComplimentsWidgetQueryQueryVariables = Exact<{
  filter: ReportFilter;
}>;

export type ComplimentsWidgetQueryQuery = {
  compliments: {
    csv: string;
    suppressedCells: number;
    byService: Array<{
      key: string | null;
      label: string;
      labelNl: string;
      compliments: number | null;
      complaints: number | null;
    }>;
  };
};

export type LeadTimeWidgetQueryQueryVariables = Exact<{
  complaints: ReportFilter;
}>;

export type LeadTimeWidgetQueryQuery = {
  leadTimePerformance: {
    csv: string;
    suppressedCells: number;
    total: {
      cases: number | null;
      acknowledgedInTime: number | null;
      resolvedWithinAgreedDeadline: number | null;
      medianWorkingDays: number | null;
      p90WorkingDays: number | null;
      openPastDeadline: number | null;
      extensions: number | null;
      extensionsInformedInTime: number | null;
    };
    rows: Array<{
      key: string | null;
      label: string;
      cases: number | null;
      acknowledgedInTime: number | null;
      resolvedWithinAgreedDeadline: number | null;
      medianWorkingDays: number | null;
      p90WorkingDays: number | null;
      openPastDeadline: number | null;
    }>;
  };
};

export type MeasuresWidgetQueryQueryVariables = Exact<{ [key: string]: never }>;

export type MeasuresWidgetQueryQuery = {
  measures: Array<{
    id: string;
    title: string;
    status: MeasureStatus;
    implementedOn: string | null;
    targetComplaintType: { id: string; name: string; nameNl: string };
    targetService: { id: string; name: string; nameNl: string } | null;
    effect: {
      enoughData: boolean;
      reason: string | null;
      rateRatio: number | null;
      lower95: number | null;
      upper95: number | null;
      countBefore: number;
      countAfter: number;
      beforeFrom: string | null;
      afterTo: string | null;
      windowDays: number;
    };
  }>;
};

export type OutcomesWidgetQueryQueryVariables = Exact<{
  filter: ReportFilter;
}>;

export type OutcomesWidgetQueryQuery = {
  outcomes: {
    csv: string;
    complaintsUndecided: number;
    suggestionsAdopted: number;
    suggestionsDeclined: number;
    suggestionsOpen: number;
    complaints: Array<{ outcome: CaseOutcome; count: number }>;
  };
};

export type RecurringWidgetQueryQueryVariables = Exact<{
  recent: ReportFilter;
}>;

export type RecurringWidgetQueryQuery = {
  recurringComplaintTypes: {
    csv: string;
    baselinePeriods: number;
    suppressedCells: number;
    types: Array<{
      complaintTypeId: string;
      label: string;
      labelNl: string;
      currentCount: number | null;
      baselineRate: number;
      statistic: number;
      pValue: number;
      qValue: number;
      model: string;
      flagged: boolean;
      hasMeasure: boolean;
      recurringAfterEvaluatedMeasure: boolean;
    }>;
  };
};

export type TilesWidgetQueryQueryVariables = Exact<{
  filter: ReportFilter;
  complaints: ReportFilter;
  previous: ReportFilter;
  previousComplaints: ReportFilter;
}>;

export type TilesWidgetQueryQuery = {
  volumeTrend: {
    total: number;
    changeVsPreviousPeriod: number | null;
    backlog: Array<{ label: string; count: number }>;
  };
  previousVolume: { total: number; backlog: Array<{ label: string; count: number }> };
  leadTimePerformance: { total: { openPastDeadline: number | null; resolvedWithinAgreedDeadline: number | null } };
  previousLeadTime: { total: { openPastDeadline: number | null; resolvedWithinAgreedDeadline: number | null } };
  compliments: { total: Array<number> };
  previousCompliments: { total: Array<number> };
};

export type TrendWidgetQueryQueryVariables = Exact<{
  complaints: ReportFilter;
}>;

export type TrendWidgetQueryQuery = {
  volumeTrend: {
    buckets: Array<string>;
    suppressedCells: number;
    csv: string;
    byComplaintType: Array<{
      key: string;
      label: string;
      labelNl: string;
      counts: Array<number | null>;
      total: number;
    }>;
  };
};

export type IntakeRouteQueryQueryVariables = Exact<{ [key: string]: never }>;

export type IntakeRouteQueryQuery = {
  services: Array<{ id: string; name: string; nameNl: string; active: boolean }>;
  complaintTypes: Array<{ id: string; name: string; nameNl: string; active: boolean }>;
};

export type MySubmissionsRouteQueryQueryVariables = Exact<{ [key: string]: never }>;

export type MySubmissionsRouteQueryQuery = {
  myCases: Array<{
    id: string;
    registrationNumber: string;
    kind: CaseKind;
    status: CaseStatus;
    receivedAt: string;
    resolutionDueAt: string;
    complaintType: { id: string; name: string; nameNl: string } | null;
    service: { id: string; name: string; nameNl: string } | null;
  }>;
};

export type SubmitFeedbackMutationMutationVariables = Exact<{
  input: SubmitFeedbackInput;
}>;

export type SubmitFeedbackMutationMutation = {
  submitFeedback: {
    registrationNumber: string;
    acknowledgementDueAt: string;
    resolutionDueAt: string;
    replayed: boolean;
    case: {
      id: string;
      kind: CaseKind;
      status: CaseStatus;
      receivedAt: string;
      resolutionDueAt: string;
      registrationNumber: string;
    };
  };
};

export type LinkCasesSearchQueryQueryVariables = Exact<{
  filter: CaseFilter;
  first?: number | null | undefined;
}>;

export type LinkCasesSearchQueryQuery = {
  cases: {
    totalCount: number;
    nodes: Array<{ id: string; registrationNumber: string; status: CaseStatus; receivedAt: string }>;
  };
};

export type MeasureDetail_MeasureFragment = {
  expectedEffect: string | null;
  communicatedOn: string | null;
  evaluationNote: string | null;
  id: string;
  version: number;
  title: string;
  description: string;
  status: MeasureStatus;
  proposedAt: string;
  implementedOn: string | null;
  evaluatedOn: string | null;
  viewerCan: { update: boolean; implement: boolean; evaluate: boolean; cancel: boolean };
  effect: {
    enoughData: boolean;
    reason: string | null;
    rateRatio: number | null;
    lower95: number | null;
    upper95: number | null;
    countBefore: number;
    countAfter: number;
    windowDays: number;
    beforeFrom: string | null;
    afterTo: string | null;
    interpretation: string;
  };
  linkedCases: Array<{
    id: string;
    registrationNumber: string;
    kind: CaseKind;
    status: CaseStatus;
    receivedAt: string;
    resolutionDueAt: string;
    complaintType: { id: string; name: string; nameNl: string } | null;
    service: { id: string; name: string; nameNl: string } | null;
  }>;
  history: Array<{
    id: string;
    type: MeasureEventType;
    fromStatus: MeasureStatus | null;
    toStatus: MeasureStatus;
    note: string | null;
    occurredAt: string;
  }>;
  targetComplaintType: { id: string; name: string; nameNl: string };
  targetService: { id: string; name: string; nameNl: string } | null;
  owner: { id: string; displayName: string | null };
};

export type MeasureDetailRouteQueryQueryVariables = Exact<{
  id: string | number;
}>;

export type MeasureDetailRouteQueryQuery = {
  measure: {
    expectedEffect: string | null;
    communicatedOn: string | null;
    evaluationNote: string | null;
    id: string;
    version: number;
    title: string;
    description: string;
    status: MeasureStatus;
    proposedAt: string;
    implementedOn: string | null;
    evaluatedOn: string | null;
    viewerCan: { update: boolean; implement: boolean; evaluate: boolean; cancel: boolean };
    effect: {
      enoughData: boolean;
      reason: string | null;
      rateRatio: number | null;
      lower95: number | null;
      upper95: number | null;
      countBefore: number;
      countAfter: number;
      windowDays: number;
      beforeFrom: string | null;
      afterTo: string | null;
      interpretation: string;
    };
    linkedCases: Array<{
      id: string;
      registrationNumber: string;
      kind: CaseKind;
      status: CaseStatus;
      receivedAt: string;
      resolutionDueAt: string;
      complaintType: { id: string; name: string; nameNl: string } | null;
      service: { id: string; name: string; nameNl: string } | null;
    }>;
    history: Array<{
      id: string;
      type: MeasureEventType;
      fromStatus: MeasureStatus | null;
      toStatus: MeasureStatus;
      note: string | null;
      occurredAt: string;
    }>;
    targetComplaintType: { id: string; name: string; nameNl: string };
    targetService: { id: string; name: string; nameNl: string } | null;
    owner: { id: string; displayName: string | null };
  };
};

export type MeasureEffect_EffectFragment = {
  enoughData: boolean;
  reason: string | null;
  rateRatio: number | null;
  lower95: number | null;
  upper95: number | null;
  countBefore: number;
  countAfter: number;
  windowDays: number;
  beforeFrom: string | null;
  afterTo: string | null;
  interpretation: string;
};

export type MeasureCard_MeasureFragment = {
  id: string;
  version: number;
  title: string;
  description: string;
  status: MeasureStatus;
  proposedAt: string;
  implementedOn: string | null;
  evaluatedOn: string | null;
  targetComplaintType: { id: string; name: string; nameNl: string };
  targetService: { id: string; name: string; nameNl: string } | null;
  owner: { id: string; displayName: string | null };
};

export type MeasuresRouteQueryQueryVariables = Exact<{
  complaintTypeId?: string | number | null | undefined;
  status?: MeasureStatus | null | undefined;
}>;

export type MeasuresRouteQueryQuery = {
  measures: Array<{
    id: string;
    version: number;
    title: string;
    description: string;
    status: MeasureStatus;
    proposedAt: string;
    implementedOn: string | null;
    evaluatedOn: string | null;
    targetComplaintType: { id: string; name: string; nameNl: string };
    targetService: { id: string; name: string; nameNl: string } | null;
    owner: { id: string; displayName: string | null };
  }>;
};

export type MeasuresOptionsQueryQueryVariables = Exact<{ [key: string]: never }>;

export type MeasuresOptionsQueryQuery = {
  complaintTypes: Array<{ id: string; name: string; nameNl: string; active: boolean }>;
  services: Array<{ id: string; name: string; nameNl: string; active: boolean }>;
};

export type CancelMeasureMutationMutationVariables = Exact<{
  input: MeasureStepInput;
}>;

export type CancelMeasureMutationMutation = {
  cancelMeasure: {
    measure: {
      expectedEffect: string | null;
      communicatedOn: string | null;
      evaluationNote: string | null;
      id: string;
      version: number;
      title: string;
      description: string;
      status: MeasureStatus;
      proposedAt: string;
      implementedOn: string | null;
      evaluatedOn: string | null;
      viewerCan: { update: boolean; implement: boolean; evaluate: boolean; cancel: boolean };
      effect: {
        enoughData: boolean;
        reason: string | null;
        rateRatio: number | null;
        lower95: number | null;
        upper95: number | null;
        countBefore: number;
        countAfter: number;
        windowDays: number;
        beforeFrom: string | null;
        afterTo: string | null;
        interpretation: string;
      };
      linkedCases: Array<{
        id: string;
        registrationNumber: string;
        kind: CaseKind;
        status: CaseStatus;
        receivedAt: string;
        resolutionDueAt: string;
        complaintType: { id: string; name: string; nameNl: string } | null;
        service: { id: string; name: string; nameNl: string } | null;
      }>;
      history: Array<{
        id: string;
        type: MeasureEventType;
        fromStatus: MeasureStatus | null;
        toStatus: MeasureStatus;
        note: string | null;
        occurredAt: string;
      }>;
      targetComplaintType: { id: string; name: string; nameNl: string };
      targetService: { id: string; name: string; nameNl: string } | null;
      owner: { id: string; displayName: string | null };
    };
  };
};

export type EvaluateMeasureMutationMutationVariables = Exact<{
  input: EvaluateMeasureInput;
}>;

export type EvaluateMeasureMutationMutation = {
  evaluateMeasure: {
    measure: {
      expectedEffect: string | null;
      communicatedOn: string | null;
      evaluationNote: string | null;
      id: string;
      version: number;
      title: string;
      description: string;
      status: MeasureStatus;
      proposedAt: string;
      implementedOn: string | null;
      evaluatedOn: string | null;
      viewerCan: { update: boolean; implement: boolean; evaluate: boolean; cancel: boolean };
      effect: {
        enoughData: boolean;
        reason: string | null;
        rateRatio: number | null;
        lower95: number | null;
        upper95: number | null;
        countBefore: number;
        countAfter: number;
        windowDays: number;
        beforeFrom: string | null;
        afterTo: string | null;
        interpretation: string;
      };
      linkedCases: Array<{
        id: string;
        registrationNumber: string;
        kind: CaseKind;
        status: CaseStatus;
        receivedAt: string;
        resolutionDueAt: string;
        complaintType: { id: string; name: string; nameNl: string } | null;
        service: { id: string; name: string; nameNl: string } | null;
      }>;
      history: Array<{
        id: string;
        type: MeasureEventType;
        fromStatus: MeasureStatus | null;
        toStatus: MeasureStatus;
        note: string | null;
        occurredAt: string;
      }>;
      targetComplaintType: { id: string; name: string; nameNl: string };
      targetService: { id: string; name: string; nameNl: string } | null;
      owner: { id: string; displayName: string | null };
    };
  };
};

export type ImplementMeasureMutationMutationVariables = Exact<{
  input: ImplementMeasureInput;
}>;

export type ImplementMeasureMutationMutation = {
  implementMeasure: {
    measure: {
      expectedEffect: string | null;
      communicatedOn: string | null;
      evaluationNote: string | null;
      id: string;
      version: number;
      title: string;
      description: string;
      status: MeasureStatus;
      proposedAt: string;
      implementedOn: string | null;
      evaluatedOn: string | null;
      viewerCan: { update: boolean; implement: boolean; evaluate: boolean; cancel: boolean };
      effect: {
        enoughData: boolean;
        reason: string | null;
        rateRatio: number | null;
        lower95: number | null;
        upper95: number | null;
        countBefore: number;
        countAfter: number;
        windowDays: number;
        beforeFrom: string | null;
        afterTo: string | null;
        interpretation: string;
      };
      linkedCases: Array<{
        id: string;
        registrationNumber: string;
        kind: CaseKind;
        status: CaseStatus;
        receivedAt: string;
        resolutionDueAt: string;
        complaintType: { id: string; name: string; nameNl: string } | null;
        service: { id: string; name: string; nameNl: string } | null;
      }>;
      history: Array<{
        id: string;
        type: MeasureEventType;
        fromStatus: MeasureStatus | null;
        toStatus: MeasureStatus;
        note: string | null;
        occurredAt: string;
      }>;
      targetComplaintType: { id: string; name: string; nameNl: string };
      targetService: { id: string; name: string; nameNl: string } | null;
      owner: { id: string; displayName: string | null };
    };
  };
};

export type LinkCasesToMeasureMutationMutationVariables = Exact<{
  input: LinkCasesToMeasureInput;
}>;

export type LinkCasesToMeasureMutationMutation = {
  linkCasesToMeasure: {
    measure: {
      expectedEffect: string | null;
      communicatedOn: string | null;
      evaluationNote: string | null;
      id: string;
      version: number;
      title: string;
      description: string;
      status: MeasureStatus;
      proposedAt: string;
      implementedOn: string | null;
      evaluatedOn: string | null;
      viewerCan: { update: boolean; implement: boolean; evaluate: boolean; cancel: boolean };
      effect: {
        enoughData: boolean;
        reason: string | null;
        rateRatio: number | null;
        lower95: number | null;
        upper95: number | null;
        countBefore: number;
        countAfter: number;
        windowDays: number;
        beforeFrom: string | null;
        afterTo: string | null;
        interpretation: string;
      };
      linkedCases: Array<{
        id: string;
        registrationNumber: string;
        kind: CaseKind;
        status: CaseStatus;
        receivedAt: string;
        resolutionDueAt: string;
        complaintType: { id: string; name: string; nameNl: string } | null;
        service: { id: string; name: string; nameNl: string } | null;
      }>;
      history: Array<{
        id: string;
        type: MeasureEventType;
        fromStatus: MeasureStatus | null;
        toStatus: MeasureStatus;
        note: string | null;
        occurredAt: string;
      }>;
      targetComplaintType: { id: string; name: string; nameNl: string };
      targetService: { id: string; name: string; nameNl: string } | null;
      owner: { id: string; displayName: string | null };
    };
  };
};

export type ProposeMeasureMutationMutationVariables = Exact<{
  input: ProposeMeasureInput;
}>;

export type ProposeMeasureMutationMutation = {
  proposeMeasure: {
    measure: {
      id: string;
      version: number;
      title: string;
      description: string;
      status: MeasureStatus;
      proposedAt: string;
      implementedOn: string | null;
      evaluatedOn: string | null;
      targetComplaintType: { id: string; name: string; nameNl: string };
      targetService: { id: string; name: string; nameNl: string } | null;
      owner: { id: string; displayName: string | null };
    };
  };
};

export type UpdateMeasureMutationMutationVariables = Exact<{
  input: UpdateMeasureInput;
}>;

export type UpdateMeasureMutationMutation = {
  updateMeasure: {
    measure: {
      expectedEffect: string | null;
      communicatedOn: string | null;
      evaluationNote: string | null;
      id: string;
      version: number;
      title: string;
      description: string;
      status: MeasureStatus;
      proposedAt: string;
      implementedOn: string | null;
      evaluatedOn: string | null;
      viewerCan: { update: boolean; implement: boolean; evaluate: boolean; cancel: boolean };
      effect: {
        enoughData: boolean;
        reason: string | null;
        rateRatio: number | null;
        lower95: number | null;
        upper95: number | null;
        countBefore: number;
        countAfter: number;
        windowDays: number;
        beforeFrom: string | null;
        afterTo: string | null;
        interpretation: string;
      };
      linkedCases: Array<{
        id: string;
        registrationNumber: string;
        kind: CaseKind;
        status: CaseStatus;
        receivedAt: string;
        resolutionDueAt: string;
        complaintType: { id: string; name: string; nameNl: string } | null;
        service: { id: string; name: string; nameNl: string } | null;
      }>;
      history: Array<{
        id: string;
        type: MeasureEventType;
        fromStatus: MeasureStatus | null;
        toStatus: MeasureStatus;
        note: string | null;
        occurredAt: string;
      }>;
      targetComplaintType: { id: string; name: string; nameNl: string };
      targetService: { id: string; name: string; nameNl: string } | null;
      owner: { id: string; displayName: string | null };
    };
  };
};

export type AnnualReportRouteQueryQueryVariables = Exact<{
  year: number;
}>;

export type AnnualReportRouteQueryQuery = {
  annualReport: {
    year: number;
    complaints: number;
    suggestions: number;
    compliments: number;
    outcomes: {
      csv: string;
      complaintsUndecided: number;
      suggestionsAdopted: number;
      suggestionsDeclined: number;
      complaints: Array<{ outcome: CaseOutcome; count: number }>;
    };
    timeliness: {
      csv: string;
      total: {
        cases: number | null;
        acknowledgedInTime: number | null;
        resolvedWithinOriginalDeadline: number | null;
        resolvedWithinAgreedDeadline: number | null;
        extensions: number | null;
        extensionsInformedInTime: number | null;
        medianWorkingDays: number | null;
      };
      rows: Array<{
        label: string;
        cases: number | null;
        resolvedWithinAgreedDeadline: number | null;
        medianWorkingDays: number | null;
      }>;
    };
    measures: Array<{
      title: string;
      complaintType: string;
      status: string;
      implementedOn: string | null;
      effect: string | null;
    }>;
    complimentsByService: {
      csv: string;
      byService: Array<{ label: string; labelNl: string; compliments: number | null; complaints: number | null }>;
    };
  };
};

export const CaseDetail_CaseFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetail_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measuresTaken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationshipManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'actions' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseDetail_CaseFragment, unknown>;
export const CaseStep_PayloadFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseStep_payload' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CasePayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetail_case' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetail_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measuresTaken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationshipManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'actions' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseStep_PayloadFragment, unknown>;
export const MeasureCard_MeasureFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureCard_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PreventiveMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'implementedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targetComplaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targetService' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeasureCard_MeasureFragment, unknown>;
export const MeasureEffect_EffectFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureEffect_effect' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MeasureEffect' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enoughData' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rateRatio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lower95' } },
          { kind: 'Field', name: { kind: 'Name', value: 'upper95' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countAfter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'windowDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'beforeFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'afterTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeasureEffect_EffectFragment, unknown>;
export const CaseTable_CaseFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseTable_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseTable_CaseFragment, unknown>;
export const MeasureDetail_MeasureFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureDetail_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PreventiveMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureCard_measure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedEffect' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicatedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'update' } },
                { kind: 'Field', name: { kind: 'Name', value: 'implement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cancel' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'effect' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureEffect_effect' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkedCases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseTable_case' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureCard_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PreventiveMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'implementedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targetComplaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targetService' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureEffect_effect' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MeasureEffect' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enoughData' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rateRatio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lower95' } },
          { kind: 'Field', name: { kind: 'Name', value: 'upper95' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countAfter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'windowDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'beforeFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'afterTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseTable_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeasureDetail_MeasureFragment, unknown>;
export const E2eDemoPeopleQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'E2eDemoPeopleQuery' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demoPeople' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<E2eDemoPeopleQueryQuery, E2eDemoPeopleQueryQueryVariables>;
export const E2eDevSignInMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'E2eDevSignInMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'devSignIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'personId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<E2eDevSignInMutationMutation, E2eDevSignInMutationMutationVariables>;
export const E2eCaseExtensionsQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'E2eCaseExtensionsQuery' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'extensions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'submitterInformedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<E2eCaseExtensionsQueryQuery, E2eCaseExtensionsQueryQueryVariables>;
export const E2eComplaintTypesQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'E2eComplaintTypesQuery' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintTypes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<E2eComplaintTypesQueryQuery, E2eComplaintTypesQueryQueryVariables>;
export const E2eSubmitComplaintMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'E2eSubmitComplaintMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmitFeedbackInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitFeedback' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'case' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'relationshipManager' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<E2eSubmitComplaintMutationMutation, E2eSubmitComplaintMutationMutationVariables>;
export const E2eMyCasesQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'E2eMyCasesQuery' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myCases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<E2eMyCasesQueryQuery, E2eMyCasesQueryQueryVariables>;
export const E2eTakeTriageMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'E2eTakeTriageMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseStepInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'takeTriage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'case' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<E2eTakeTriageMutationMutation, E2eTakeTriageMutationMutationVariables>;
export const E2eDecideComplaintMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'E2eDecideComplaintMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecideComplaintInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decideComplaint' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'case' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<E2eDecideComplaintMutationMutation, E2eDecideComplaintMutationMutationVariables>;
export const E2eHandlersQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'E2eHandlersQuery' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'role' },
                value: { kind: 'EnumValue', value: 'HANDLER' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<E2eHandlersQueryQuery, E2eHandlersQueryQueryVariables>;
export const E2eAssignHandlerMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'E2eAssignHandlerMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AssignHandlerInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignHandler' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'case' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<E2eAssignHandlerMutationMutation, E2eAssignHandlerMutationMutationVariables>;
export const E2eProposeMeasureMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'E2eProposeMeasureMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProposeMeasureInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposeMeasure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'measure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<E2eProposeMeasureMutationMutation, E2eProposeMeasureMutationMutationVariables>;
export const SignInRouteQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SignInRouteQuery' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demoPeople' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInRouteQueryQuery, SignInRouteQueryQueryVariables>;
export const DevSignInMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DevSignInMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'devSignIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'personId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DevSignInMutationMutation, DevSignInMutationMutationVariables>;
export const FinishSignInViewerQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FinishSignInViewerQuery' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FinishSignInViewerQueryQuery, FinishSignInViewerQueryQueryVariables>;
export const CaseActionsOptionsQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CaseActionsOptionsQuery' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'handlers' },
            name: { kind: 'Name', value: 'people' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'role' },
                value: { kind: 'EnumValue', value: 'HANDLER' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'relationshipManagers' },
            name: { kind: 'Name', value: 'people' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'role' },
                value: { kind: 'EnumValue', value: 'RELATIONSHIP_MANAGER' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintTypes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseActionsOptionsQueryQuery, CaseActionsOptionsQueryQueryVariables>;
export const CaseDetailRouteQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CaseDetailRouteQuery' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetail_case' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deadlines' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'locale' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'acknowledgement' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'resolution' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetail_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measuresTaken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationshipManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'actions' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseDetailRouteQueryQuery, CaseDetailRouteQueryQueryVariables>;
export const CasesRouteQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CasesRouteQuery' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cases' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseTable_case' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseTable_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CasesRouteQueryQuery, CasesRouteQueryQueryVariables>;
export const QueueRouteQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QueueRouteQuery' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myQueue' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseTable_case' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'deadlines' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'resolution' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'overdue' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseTable_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QueueRouteQueryQuery, QueueRouteQueryQueryVariables>;
export const AssignHandlerMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssignHandlerMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AssignHandlerInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignHandler' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseStep_payload' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetail_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measuresTaken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationshipManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'actions' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseStep_payload' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CasePayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetail_case' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignHandlerMutationMutation, AssignHandlerMutationMutationVariables>;
export const CloseCaseMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseCaseMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CloseCaseInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeCase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseStep_payload' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetail_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measuresTaken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationshipManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'actions' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseStep_payload' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CasePayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetail_case' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseCaseMutationMutation, CloseCaseMutationMutationVariables>;
export const ConsiderSuggestionMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsiderSuggestionMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseStepInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'considerSuggestion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseStep_payload' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetail_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measuresTaken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationshipManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'actions' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseStep_payload' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CasePayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetail_case' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsiderSuggestionMutationMutation, ConsiderSuggestionMutationMutationVariables>;
export const DecideComplaintMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DecideComplaintMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecideComplaintInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decideComplaint' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseStep_payload' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetail_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measuresTaken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationshipManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'actions' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseStep_payload' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CasePayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetail_case' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecideComplaintMutationMutation, DecideComplaintMutationMutationVariables>;
export const ExtendDeadlineMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExtendDeadlineMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ExtendDeadlineInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'extendDeadline' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseStep_payload' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetail_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measuresTaken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationshipManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'actions' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseStep_payload' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CasePayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetail_case' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExtendDeadlineMutationMutation, ExtendDeadlineMutationMutationVariables>;
export const PassOnComplimentMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PassOnComplimentMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PassOnComplimentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'passOnCompliment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseStep_payload' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetail_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measuresTaken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationshipManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'actions' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseStep_payload' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CasePayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetail_case' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PassOnComplimentMutationMutation, PassOnComplimentMutationMutationVariables>;
export const ReassignRelationshipManagerMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReassignRelationshipManagerMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReassignRelationshipManagerInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reassignRelationshipManager' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseStep_payload' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetail_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measuresTaken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationshipManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'actions' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseStep_payload' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CasePayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetail_case' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ReassignRelationshipManagerMutationMutation,
  ReassignRelationshipManagerMutationMutationVariables
>;
export const ReceiveInformationMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReceiveInformationMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseStepInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'receiveInformation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseStep_payload' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetail_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measuresTaken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationshipManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'actions' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseStep_payload' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CasePayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetail_case' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReceiveInformationMutationMutation, ReceiveInformationMutationMutationVariables>;
export const ReclassifyCaseMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReclassifyCaseMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReclassifyCaseInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reclassifyCase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseStep_payload' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetail_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measuresTaken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationshipManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'actions' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseStep_payload' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CasePayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetail_case' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReclassifyCaseMutationMutation, ReclassifyCaseMutationMutationVariables>;
export const ReopenCaseMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReopenCaseMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReopenCaseInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reopenCase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseStep_payload' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetail_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measuresTaken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationshipManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'actions' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseStep_payload' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CasePayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetail_case' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReopenCaseMutationMutation, ReopenCaseMutationMutationVariables>;
export const RequestInformationMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestInformationMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestInformationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestInformation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseStep_payload' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetail_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measuresTaken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationshipManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'actions' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseStep_payload' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CasePayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetail_case' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestInformationMutationMutation, RequestInformationMutationMutationVariables>;
export const ResolveComplaintMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResolveComplaintMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ResolveComplaintInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolveComplaint' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseStep_payload' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetail_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measuresTaken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationshipManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'actions' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseStep_payload' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CasePayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetail_case' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResolveComplaintMutationMutation, ResolveComplaintMutationMutationVariables>;
export const RespondToSuggestionMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RespondToSuggestionMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RespondToSuggestionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'respondToSuggestion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseStep_payload' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetail_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measuresTaken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationshipManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'actions' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseStep_payload' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CasePayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetail_case' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RespondToSuggestionMutationMutation, RespondToSuggestionMutationMutationVariables>;
export const StartWorkMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartWorkMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseStepInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startWork' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseStep_payload' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetail_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measuresTaken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationshipManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'actions' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseStep_payload' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CasePayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetail_case' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartWorkMutationMutation, StartWorkMutationMutationVariables>;
export const TakeTriageMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TakeTriageMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseStepInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'takeTriage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseStep_payload' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetail_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measuresTaken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationshipManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'actions' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseStep_payload' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CasePayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetail_case' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TakeTriageMutationMutation, TakeTriageMutationMutationVariables>;
export const WithdrawCaseMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawCaseMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseStepInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawCase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseStep_payload' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetail_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submitterEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measuresTaken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationshipManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'actions' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseStep_payload' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CasePayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetail_case' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawCaseMutationMutation, WithdrawCaseMutationMutationVariables>;
export const DashboardFiltersQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DashboardFiltersQuery' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintTypes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisationUnits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardFiltersQueryQuery, DashboardFiltersQueryQueryVariables>;
export const ComplimentsWidgetQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ComplimentsWidgetQuery' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportFilter' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'compliments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'csv' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressedCells' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byService' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labelNl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'compliments' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'complaints' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ComplimentsWidgetQueryQuery, ComplimentsWidgetQueryQueryVariables>;
export const LeadTimeWidgetQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LeadTimeWidgetQuery' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'complaints' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportFilter' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leadTimePerformance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'complaints' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'EnumValue', value: 'COMPLAINT_TYPE' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'csv' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressedCells' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'total' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cases' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedInTime' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resolvedWithinAgreedDeadline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'medianWorkingDays' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'p90WorkingDays' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'openPastDeadline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'extensions' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'extensionsInformedInTime' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cases' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedInTime' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resolvedWithinAgreedDeadline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'medianWorkingDays' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'p90WorkingDays' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'openPastDeadline' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LeadTimeWidgetQueryQuery, LeadTimeWidgetQueryQueryVariables>;
export const MeasuresWidgetQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeasuresWidgetQuery' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'implementedOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'targetComplaintType' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'targetService' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'effect' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'enoughData' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rateRatio' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lower95' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'upper95' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'countBefore' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'countAfter' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'beforeFrom' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'afterTo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'windowDays' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeasuresWidgetQueryQuery, MeasuresWidgetQueryQueryVariables>;
export const OutcomesWidgetQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OutcomesWidgetQuery' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportFilter' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcomes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'csv' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'complaints' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'complaintsUndecided' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suggestionsAdopted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suggestionsDeclined' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suggestionsOpen' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OutcomesWidgetQueryQuery, OutcomesWidgetQueryQueryVariables>;
export const RecurringWidgetQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RecurringWidgetQuery' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'recent' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportFilter' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recurringComplaintTypes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'recent' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'csv' } },
                { kind: 'Field', name: { kind: 'Name', value: 'baselinePeriods' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressedCells' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'types' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'complaintTypeId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labelNl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currentCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'baselineRate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statistic' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pValue' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'qValue' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'model' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'flagged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasMeasure' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recurringAfterEvaluatedMeasure' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecurringWidgetQueryQuery, RecurringWidgetQueryQueryVariables>;
export const TilesWidgetQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TilesWidgetQuery' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportFilter' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'complaints' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportFilter' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'previous' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportFilter' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'previousComplaints' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportFilter' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volumeTrend' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changeVsPreviousPeriod' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'backlog' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'previousVolume' },
            name: { kind: 'Name', value: 'volumeTrend' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'previous' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'backlog' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leadTimePerformance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'complaints' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'total' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'openPastDeadline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resolvedWithinAgreedDeadline' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'previousLeadTime' },
            name: { kind: 'Name', value: 'leadTimePerformance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'previousComplaints' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'total' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'openPastDeadline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resolvedWithinAgreedDeadline' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'compliments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'total' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'previousCompliments' },
            name: { kind: 'Name', value: 'compliments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'previous' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'total' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TilesWidgetQueryQuery, TilesWidgetQueryQueryVariables>;
export const TrendWidgetQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TrendWidgetQuery' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'complaints' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportFilter' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volumeTrend' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'complaints' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'buckets' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressedCells' } },
                { kind: 'Field', name: { kind: 'Name', value: 'csv' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byComplaintType' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labelNl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'counts' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TrendWidgetQueryQuery, TrendWidgetQueryQueryVariables>;
export const IntakeRouteQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IntakeRouteQuery' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintTypes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IntakeRouteQueryQuery, IntakeRouteQueryQueryVariables>;
export const MySubmissionsRouteQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MySubmissionsRouteQuery' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myCases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseTable_case' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseTable_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MySubmissionsRouteQueryQuery, MySubmissionsRouteQueryQueryVariables>;
export const SubmitFeedbackMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitFeedbackMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmitFeedbackInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitFeedback' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acknowledgementDueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'case' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitFeedbackMutationMutation, SubmitFeedbackMutationMutationVariables>;
export const LinkCasesSearchQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LinkCasesSearchQuery' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cases' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LinkCasesSearchQueryQuery, LinkCasesSearchQueryQueryVariables>;
export const MeasureDetailRouteQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeasureDetailRouteQuery' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureDetail_measure' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureCard_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PreventiveMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'implementedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targetComplaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targetService' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureEffect_effect' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MeasureEffect' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enoughData' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rateRatio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lower95' } },
          { kind: 'Field', name: { kind: 'Name', value: 'upper95' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countAfter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'windowDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'beforeFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'afterTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseTable_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureDetail_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PreventiveMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureCard_measure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedEffect' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicatedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'update' } },
                { kind: 'Field', name: { kind: 'Name', value: 'implement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cancel' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'effect' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureEffect_effect' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkedCases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseTable_case' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeasureDetailRouteQueryQuery, MeasureDetailRouteQueryQueryVariables>;
export const MeasuresRouteQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeasuresRouteQuery' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'complaintTypeId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MeasureStatus' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measures' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'complaintTypeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'complaintTypeId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureCard_measure' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureCard_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PreventiveMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'implementedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targetComplaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targetService' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeasuresRouteQueryQuery, MeasuresRouteQueryQueryVariables>;
export const MeasuresOptionsQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeasuresOptionsQuery' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintTypes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeasuresOptionsQueryQuery, MeasuresOptionsQueryQueryVariables>;
export const CancelMeasureMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelMeasureMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MeasureStepInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelMeasure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'measure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureDetail_measure' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureCard_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PreventiveMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'implementedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targetComplaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targetService' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureEffect_effect' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MeasureEffect' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enoughData' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rateRatio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lower95' } },
          { kind: 'Field', name: { kind: 'Name', value: 'upper95' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countAfter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'windowDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'beforeFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'afterTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseTable_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureDetail_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PreventiveMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureCard_measure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedEffect' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicatedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'update' } },
                { kind: 'Field', name: { kind: 'Name', value: 'implement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cancel' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'effect' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureEffect_effect' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkedCases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseTable_case' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelMeasureMutationMutation, CancelMeasureMutationMutationVariables>;
export const EvaluateMeasureMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EvaluateMeasureMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EvaluateMeasureInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluateMeasure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'measure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureDetail_measure' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureCard_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PreventiveMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'implementedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targetComplaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targetService' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureEffect_effect' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MeasureEffect' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enoughData' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rateRatio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lower95' } },
          { kind: 'Field', name: { kind: 'Name', value: 'upper95' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countAfter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'windowDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'beforeFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'afterTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseTable_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureDetail_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PreventiveMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureCard_measure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedEffect' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicatedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'update' } },
                { kind: 'Field', name: { kind: 'Name', value: 'implement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cancel' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'effect' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureEffect_effect' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkedCases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseTable_case' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluateMeasureMutationMutation, EvaluateMeasureMutationMutationVariables>;
export const ImplementMeasureMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImplementMeasureMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImplementMeasureInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'implementMeasure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'measure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureDetail_measure' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureCard_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PreventiveMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'implementedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targetComplaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targetService' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureEffect_effect' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MeasureEffect' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enoughData' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rateRatio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lower95' } },
          { kind: 'Field', name: { kind: 'Name', value: 'upper95' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countAfter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'windowDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'beforeFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'afterTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseTable_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureDetail_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PreventiveMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureCard_measure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedEffect' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicatedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'update' } },
                { kind: 'Field', name: { kind: 'Name', value: 'implement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cancel' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'effect' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureEffect_effect' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkedCases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseTable_case' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImplementMeasureMutationMutation, ImplementMeasureMutationMutationVariables>;
export const LinkCasesToMeasureMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LinkCasesToMeasureMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LinkCasesToMeasureInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkCasesToMeasure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'measure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureDetail_measure' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureCard_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PreventiveMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'implementedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targetComplaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targetService' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureEffect_effect' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MeasureEffect' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enoughData' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rateRatio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lower95' } },
          { kind: 'Field', name: { kind: 'Name', value: 'upper95' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countAfter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'windowDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'beforeFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'afterTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseTable_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureDetail_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PreventiveMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureCard_measure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedEffect' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicatedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'update' } },
                { kind: 'Field', name: { kind: 'Name', value: 'implement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cancel' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'effect' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureEffect_effect' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkedCases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseTable_case' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LinkCasesToMeasureMutationMutation, LinkCasesToMeasureMutationMutationVariables>;
export const ProposeMeasureMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProposeMeasureMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProposeMeasureInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposeMeasure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'measure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureCard_measure' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureCard_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PreventiveMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'implementedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targetComplaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targetService' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposeMeasureMutationMutation, ProposeMeasureMutationMutationVariables>;
export const UpdateMeasureMutationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMeasureMutation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateMeasureInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMeasure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'measure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureDetail_measure' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureCard_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PreventiveMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'implementedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluatedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targetComplaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targetService' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureEffect_effect' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MeasureEffect' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enoughData' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rateRatio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lower95' } },
          { kind: 'Field', name: { kind: 'Name', value: 'upper95' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countAfter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'windowDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'beforeFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'afterTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseTable_case' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameNl' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureDetail_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PreventiveMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureCard_measure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedEffect' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicatedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'update' } },
                { kind: 'Field', name: { kind: 'Name', value: 'implement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cancel' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'effect' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureEffect_effect' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkedCases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseTable_case' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateMeasureMutationMutation, UpdateMeasureMutationMutationVariables>;
export const AnnualReportRouteQueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AnnualReportRouteQuery' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'annualReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'complaints' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suggestions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'compliments' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outcomes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'csv' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'complaints' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'complaintsUndecided' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suggestionsAdopted' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suggestionsDeclined' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'timeliness' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'csv' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'total' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'cases' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedInTime' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'resolvedWithinOriginalDeadline' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'resolvedWithinAgreedDeadline' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'extensions' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'extensionsInformedInTime' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'medianWorkingDays' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rows' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cases' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'resolvedWithinAgreedDeadline' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'medianWorkingDays' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'measures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'complaintType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'implementedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'effect' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'complimentsByService' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'csv' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'byService' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'labelNl' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'compliments' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'complaints' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnnualReportRouteQueryQuery, AnnualReportRouteQueryQueryVariables>;
