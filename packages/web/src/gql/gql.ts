/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query E2eDemoPeopleQuery {\n    demoPeople { id displayName }\n  }\n": typeof types.E2eDemoPeopleQueryDocument,
    "\n  mutation E2eDevSignInMutation($personId: ID!) {\n    devSignIn(personId: $personId) { token person { id displayName } }\n  }\n": typeof types.E2eDevSignInMutationDocument,
    "\n  query E2eCaseExtensionsQuery($id: ID!) {\n    case(id: $id) { extensions { submitterInformedAt reason } }\n  }\n": typeof types.E2eCaseExtensionsQueryDocument,
    "\n  query E2eComplaintTypesQuery {\n    complaintTypes { id nameNl }\n  }\n": typeof types.E2eComplaintTypesQueryDocument,
    "\n  mutation E2eSubmitComplaintMutation($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) { registrationNumber case { id version relationshipManager { displayName } } }\n  }\n": typeof types.E2eSubmitComplaintMutationDocument,
    "\n  query E2eMyCasesQuery {\n    myCases { id registrationNumber }\n  }\n": typeof types.E2eMyCasesQueryDocument,
    "\n  mutation E2eTakeTriageMutation($input: CaseStepInput!) {\n    takeTriage(input: $input) { case { version } }\n  }\n": typeof types.E2eTakeTriageMutationDocument,
    "\n  mutation E2eDecideComplaintMutation($input: DecideComplaintInput!) {\n    decideComplaint(input: $input) { case { version } }\n  }\n": typeof types.E2eDecideComplaintMutationDocument,
    "\n  query E2eHandlersQuery {\n    people(role: HANDLER) { id displayName }\n  }\n": typeof types.E2eHandlersQueryDocument,
    "\n  mutation E2eAssignHandlerMutation($input: AssignHandlerInput!) {\n    assignHandler(input: $input) { case { version } }\n  }\n": typeof types.E2eAssignHandlerMutationDocument,
    "\n  mutation E2eProposeMeasureMutation($input: ProposeMeasureInput!) {\n    proposeMeasure(input: $input) { measure { id title } }\n  }\n": typeof types.E2eProposeMeasureMutationDocument,
    "\n  query SignInRouteQuery {\n    demoPeople { id displayName roles }\n  }\n": typeof types.SignInRouteQueryDocument,
    "\n  mutation DevSignInMutation($personId: ID!) {\n    devSignIn(personId: $personId) { token person { id displayName roles } }\n  }\n": typeof types.DevSignInMutationDocument,
    "\n  query CaseActionsOptionsQuery {\n    handlers: people(role: HANDLER) { id displayName }\n    relationshipManagers: people(role: RELATIONSHIP_MANAGER) { id displayName }\n    complaintTypes { id name nameNl active }\n    services { id name nameNl active }\n    measures { id title status }\n  }\n": typeof types.CaseActionsOptionsQueryDocument,
    "\n  fragment CaseDetail_case on Case {\n    id version registrationNumber kind status outcome outcomeReason receivedAt channel\n    submitterName submitterPhone submitterEmail description measuresTaken\n    complaintType { id name nameNl }\n    service { id name nameNl }\n    relationshipManager { id displayName }\n    handler { id displayName }\n    viewerCan { actions }\n    events { id type fromStatus toStatus note occurredAt actor { id displayName } }\n  }\n": typeof types.CaseDetail_CaseFragmentDoc,
    "\n  query CaseDetailRouteQuery($id: ID!, $locale: String!) {\n    case(id: $id) {\n      ...CaseDetail_case\n      deadlines(locale: $locale) {\n        acknowledgement { dueAt overdue explanation }\n        resolution { dueAt overdue explanation }\n      }\n    }\n  }\n": typeof types.CaseDetailRouteQueryDocument,
    "\n  fragment CaseTable_case on Case {\n    id registrationNumber kind status receivedAt resolutionDueAt\n    complaintType { id name nameNl }\n    service { id name nameNl }\n  }\n": typeof types.CaseTable_CaseFragmentDoc,
    "\n  query CasesRouteQuery($filter: CaseFilter, $first: Int) {\n    cases(filter: $filter, first: $first) {\n      totalCount\n      nodes { ...CaseTable_case }\n    }\n  }\n": typeof types.CasesRouteQueryDocument,
    "\n  query QueueRouteQuery {\n    myQueue(first: 100) {\n      totalCount\n      nodes {\n        ...CaseTable_case\n        deadlines { resolution { overdue } }\n      }\n    }\n  }\n": typeof types.QueueRouteQueryDocument,
    "mutation AssignHandlerMutation($input: AssignHandlerInput!) { assignHandler(input: $input) { ...CaseStep_payload } }": typeof types.AssignHandlerMutationDocument,
    "\n  fragment CaseStep_payload on CasePayload {\n    case { ...CaseDetail_case }\n  }\n": typeof types.CaseStep_PayloadFragmentDoc,
    "mutation CloseCaseMutation($input: CloseCaseInput!) { closeCase(input: $input) { ...CaseStep_payload } }": typeof types.CloseCaseMutationDocument,
    "mutation ConsiderSuggestionMutation($input: CaseStepInput!) { considerSuggestion(input: $input) { ...CaseStep_payload } }": typeof types.ConsiderSuggestionMutationDocument,
    "mutation DecideComplaintMutation($input: DecideComplaintInput!) { decideComplaint(input: $input) { ...CaseStep_payload } }": typeof types.DecideComplaintMutationDocument,
    "mutation ExtendDeadlineMutation($input: ExtendDeadlineInput!) { extendDeadline(input: $input) { ...CaseStep_payload } }": typeof types.ExtendDeadlineMutationDocument,
    "mutation PassOnComplimentMutation($input: PassOnComplimentInput!) { passOnCompliment(input: $input) { ...CaseStep_payload } }": typeof types.PassOnComplimentMutationDocument,
    "mutation ReassignRelationshipManagerMutation($input: ReassignRelationshipManagerInput!) { reassignRelationshipManager(input: $input) { ...CaseStep_payload } }": typeof types.ReassignRelationshipManagerMutationDocument,
    "mutation ReceiveInformationMutation($input: CaseStepInput!) { receiveInformation(input: $input) { ...CaseStep_payload } }": typeof types.ReceiveInformationMutationDocument,
    "mutation ReclassifyCaseMutation($input: ReclassifyCaseInput!) { reclassifyCase(input: $input) { ...CaseStep_payload } }": typeof types.ReclassifyCaseMutationDocument,
    "mutation ReopenCaseMutation($input: ReopenCaseInput!) { reopenCase(input: $input) { ...CaseStep_payload } }": typeof types.ReopenCaseMutationDocument,
    "mutation RequestInformationMutation($input: RequestInformationInput!) { requestInformation(input: $input) { ...CaseStep_payload } }": typeof types.RequestInformationMutationDocument,
    "mutation ResolveComplaintMutation($input: ResolveComplaintInput!) { resolveComplaint(input: $input) { ...CaseStep_payload } }": typeof types.ResolveComplaintMutationDocument,
    "mutation RespondToSuggestionMutation($input: RespondToSuggestionInput!) { respondToSuggestion(input: $input) { ...CaseStep_payload } }": typeof types.RespondToSuggestionMutationDocument,
    "mutation StartWorkMutation($input: CaseStepInput!) { startWork(input: $input) { ...CaseStep_payload } }": typeof types.StartWorkMutationDocument,
    "mutation TakeTriageMutation($input: CaseStepInput!) { takeTriage(input: $input) { ...CaseStep_payload } }": typeof types.TakeTriageMutationDocument,
    "mutation WithdrawCaseMutation($input: CaseStepInput!) { withdrawCase(input: $input) { ...CaseStep_payload } }": typeof types.WithdrawCaseMutationDocument,
    "\n  query DashboardFiltersQuery {\n    services { id name nameNl active }\n    complaintTypes { id name nameNl active }\n    organisationUnits { id name active }\n  }\n": typeof types.DashboardFiltersQueryDocument,
    "\n  query ComplimentsWidgetQuery($filter: ReportFilter!) {\n    compliments(filter: $filter) {\n      csv suppressedCells\n      byService { key label labelNl compliments complaints }\n    }\n  }\n": typeof types.ComplimentsWidgetQueryDocument,
    "\n  query LeadTimeWidgetQuery($complaints: ReportFilter!) {\n    leadTimePerformance(filter: $complaints, groupBy: COMPLAINT_TYPE) {\n      csv suppressedCells\n      total { cases acknowledgedInTime resolvedWithinAgreedDeadline medianWorkingDays p90WorkingDays openPastDeadline extensions extensionsInformedInTime }\n      rows { key label cases acknowledgedInTime resolvedWithinAgreedDeadline medianWorkingDays p90WorkingDays openPastDeadline }\n    }\n  }\n": typeof types.LeadTimeWidgetQueryDocument,
    "\n  query MeasuresWidgetQuery {\n    measures {\n      id title status implementedOn\n      targetComplaintType { id name nameNl }\n      targetService { id name nameNl }\n      effect { enoughData reason rateRatio lower95 upper95 countBefore countAfter beforeFrom afterTo windowDays }\n    }\n  }\n": typeof types.MeasuresWidgetQueryDocument,
    "\n  query OutcomesWidgetQuery($filter: ReportFilter!) {\n    outcomes(filter: $filter) { csv complaints { outcome count } complaintsUndecided suggestionsAdopted suggestionsDeclined suggestionsOpen }\n  }\n": typeof types.OutcomesWidgetQueryDocument,
    "\n  query RecurringWidgetQuery($recent: ReportFilter!) {\n    recurringComplaintTypes(filter: $recent) {\n      csv baselinePeriods suppressedCells\n      types { complaintTypeId label labelNl currentCount baselineRate statistic pValue qValue model flagged hasMeasure recurringAfterEvaluatedMeasure }\n    }\n  }\n": typeof types.RecurringWidgetQueryDocument,
    "\n  query TilesWidgetQuery($filter: ReportFilter!, $complaints: ReportFilter!, $previous: ReportFilter!, $previousComplaints: ReportFilter!) {\n    volumeTrend(filter: $filter) { total changeVsPreviousPeriod backlog { label count } }\n    previousVolume: volumeTrend(filter: $previous) { total backlog { label count } }\n    leadTimePerformance(filter: $complaints) { total { openPastDeadline resolvedWithinAgreedDeadline } }\n    previousLeadTime: leadTimePerformance(filter: $previousComplaints) { total { openPastDeadline resolvedWithinAgreedDeadline } }\n    compliments(filter: $filter) { total }\n    previousCompliments: compliments(filter: $previous) { total }\n  }\n": typeof types.TilesWidgetQueryDocument,
    "\n  query TrendWidgetQuery($complaints: ReportFilter!) {\n    volumeTrend(filter: $complaints) {\n      buckets suppressedCells csv\n      byComplaintType { key label labelNl counts total }\n    }\n  }\n": typeof types.TrendWidgetQueryDocument,
    "\n  query IntakeRouteQuery {\n    services { id name nameNl active }\n    complaintTypes { id name nameNl active }\n  }\n": typeof types.IntakeRouteQueryDocument,
    "\n  query MySubmissionsRouteQuery {\n    myCases { ...CaseTable_case }\n  }\n": typeof types.MySubmissionsRouteQueryDocument,
    "\n  mutation SubmitFeedbackMutation($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      registrationNumber\n      acknowledgementDueAt\n      resolutionDueAt\n      replayed\n      case { id kind status receivedAt resolutionDueAt registrationNumber }\n    }\n  }\n": typeof types.SubmitFeedbackMutationDocument,
    "\n  query LinkCasesSearchQuery($filter: CaseFilter!, $first: Int) {\n    cases(filter: $filter, first: $first) {\n      totalCount\n      nodes { id registrationNumber status receivedAt }\n    }\n  }\n": typeof types.LinkCasesSearchQueryDocument,
    "\n  fragment MeasureDetail_measure on PreventiveMeasure {\n    ...MeasureCard_measure\n    expectedEffect communicatedOn evaluationNote\n    viewerCan { update implement evaluate cancel }\n    effect { ...MeasureEffect_effect }\n    linkedCases { ...CaseTable_case }\n    history { id type fromStatus toStatus note occurredAt }\n  }\n": typeof types.MeasureDetail_MeasureFragmentDoc,
    "\n  query MeasureDetailRouteQuery($id: ID!) {\n    measure(id: $id) { ...MeasureDetail_measure }\n  }\n": typeof types.MeasureDetailRouteQueryDocument,
    "\n  fragment MeasureEffect_effect on MeasureEffect {\n    enoughData reason rateRatio lower95 upper95 countBefore countAfter windowDays beforeFrom afterTo interpretation\n  }\n": typeof types.MeasureEffect_EffectFragmentDoc,
    "\n  fragment MeasureCard_measure on PreventiveMeasure {\n    id version title description status proposedAt implementedOn evaluatedOn\n    targetComplaintType { id name nameNl }\n    targetService { id name nameNl }\n    owner { id displayName }\n  }\n": typeof types.MeasureCard_MeasureFragmentDoc,
    "\n  query MeasuresRouteQuery($complaintTypeId: ID, $status: MeasureStatus) {\n    measures(complaintTypeId: $complaintTypeId, status: $status) { ...MeasureCard_measure }\n  }\n": typeof types.MeasuresRouteQueryDocument,
    "\n  query MeasuresOptionsQuery {\n    complaintTypes { id name nameNl active }\n    services { id name nameNl active }\n  }\n": typeof types.MeasuresOptionsQueryDocument,
    "\n  mutation CancelMeasureMutation($input: MeasureStepInput!) {\n    cancelMeasure(input: $input) { measure { ...MeasureDetail_measure } }\n  }\n": typeof types.CancelMeasureMutationDocument,
    "\n  mutation EvaluateMeasureMutation($input: EvaluateMeasureInput!) {\n    evaluateMeasure(input: $input) { measure { ...MeasureDetail_measure } }\n  }\n": typeof types.EvaluateMeasureMutationDocument,
    "\n  mutation ImplementMeasureMutation($input: ImplementMeasureInput!) {\n    implementMeasure(input: $input) { measure { ...MeasureDetail_measure } }\n  }\n": typeof types.ImplementMeasureMutationDocument,
    "\n  mutation LinkCasesToMeasureMutation($input: LinkCasesToMeasureInput!) {\n    linkCasesToMeasure(input: $input) { measure { ...MeasureDetail_measure } }\n  }\n": typeof types.LinkCasesToMeasureMutationDocument,
    "\n  mutation ProposeMeasureMutation($input: ProposeMeasureInput!) {\n    proposeMeasure(input: $input) { measure { ...MeasureCard_measure } }\n  }\n": typeof types.ProposeMeasureMutationDocument,
    "\n  mutation UpdateMeasureMutation($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) { measure { ...MeasureDetail_measure } }\n  }\n": typeof types.UpdateMeasureMutationDocument,
    "\n  query AnnualReportRouteQuery($year: Int!) {\n    annualReport(year: $year) {\n      year complaints suggestions compliments\n      outcomes { csv complaints { outcome count } complaintsUndecided suggestionsAdopted suggestionsDeclined }\n      timeliness { csv total { cases acknowledgedInTime resolvedWithinOriginalDeadline resolvedWithinAgreedDeadline extensions extensionsInformedInTime medianWorkingDays } rows { label cases resolvedWithinAgreedDeadline medianWorkingDays } }\n      measures { title complaintType status implementedOn effect }\n      complimentsByService { csv byService { label labelNl compliments complaints } }\n    }\n  }\n": typeof types.AnnualReportRouteQueryDocument,
};
const documents: Documents = {
    "\n  query E2eDemoPeopleQuery {\n    demoPeople { id displayName }\n  }\n": types.E2eDemoPeopleQueryDocument,
    "\n  mutation E2eDevSignInMutation($personId: ID!) {\n    devSignIn(personId: $personId) { token person { id displayName } }\n  }\n": types.E2eDevSignInMutationDocument,
    "\n  query E2eCaseExtensionsQuery($id: ID!) {\n    case(id: $id) { extensions { submitterInformedAt reason } }\n  }\n": types.E2eCaseExtensionsQueryDocument,
    "\n  query E2eComplaintTypesQuery {\n    complaintTypes { id nameNl }\n  }\n": types.E2eComplaintTypesQueryDocument,
    "\n  mutation E2eSubmitComplaintMutation($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) { registrationNumber case { id version relationshipManager { displayName } } }\n  }\n": types.E2eSubmitComplaintMutationDocument,
    "\n  query E2eMyCasesQuery {\n    myCases { id registrationNumber }\n  }\n": types.E2eMyCasesQueryDocument,
    "\n  mutation E2eTakeTriageMutation($input: CaseStepInput!) {\n    takeTriage(input: $input) { case { version } }\n  }\n": types.E2eTakeTriageMutationDocument,
    "\n  mutation E2eDecideComplaintMutation($input: DecideComplaintInput!) {\n    decideComplaint(input: $input) { case { version } }\n  }\n": types.E2eDecideComplaintMutationDocument,
    "\n  query E2eHandlersQuery {\n    people(role: HANDLER) { id displayName }\n  }\n": types.E2eHandlersQueryDocument,
    "\n  mutation E2eAssignHandlerMutation($input: AssignHandlerInput!) {\n    assignHandler(input: $input) { case { version } }\n  }\n": types.E2eAssignHandlerMutationDocument,
    "\n  mutation E2eProposeMeasureMutation($input: ProposeMeasureInput!) {\n    proposeMeasure(input: $input) { measure { id title } }\n  }\n": types.E2eProposeMeasureMutationDocument,
    "\n  query SignInRouteQuery {\n    demoPeople { id displayName roles }\n  }\n": types.SignInRouteQueryDocument,
    "\n  mutation DevSignInMutation($personId: ID!) {\n    devSignIn(personId: $personId) { token person { id displayName roles } }\n  }\n": types.DevSignInMutationDocument,
    "\n  query CaseActionsOptionsQuery {\n    handlers: people(role: HANDLER) { id displayName }\n    relationshipManagers: people(role: RELATIONSHIP_MANAGER) { id displayName }\n    complaintTypes { id name nameNl active }\n    services { id name nameNl active }\n    measures { id title status }\n  }\n": types.CaseActionsOptionsQueryDocument,
    "\n  fragment CaseDetail_case on Case {\n    id version registrationNumber kind status outcome outcomeReason receivedAt channel\n    submitterName submitterPhone submitterEmail description measuresTaken\n    complaintType { id name nameNl }\n    service { id name nameNl }\n    relationshipManager { id displayName }\n    handler { id displayName }\n    viewerCan { actions }\n    events { id type fromStatus toStatus note occurredAt actor { id displayName } }\n  }\n": types.CaseDetail_CaseFragmentDoc,
    "\n  query CaseDetailRouteQuery($id: ID!, $locale: String!) {\n    case(id: $id) {\n      ...CaseDetail_case\n      deadlines(locale: $locale) {\n        acknowledgement { dueAt overdue explanation }\n        resolution { dueAt overdue explanation }\n      }\n    }\n  }\n": types.CaseDetailRouteQueryDocument,
    "\n  fragment CaseTable_case on Case {\n    id registrationNumber kind status receivedAt resolutionDueAt\n    complaintType { id name nameNl }\n    service { id name nameNl }\n  }\n": types.CaseTable_CaseFragmentDoc,
    "\n  query CasesRouteQuery($filter: CaseFilter, $first: Int) {\n    cases(filter: $filter, first: $first) {\n      totalCount\n      nodes { ...CaseTable_case }\n    }\n  }\n": types.CasesRouteQueryDocument,
    "\n  query QueueRouteQuery {\n    myQueue(first: 100) {\n      totalCount\n      nodes {\n        ...CaseTable_case\n        deadlines { resolution { overdue } }\n      }\n    }\n  }\n": types.QueueRouteQueryDocument,
    "mutation AssignHandlerMutation($input: AssignHandlerInput!) { assignHandler(input: $input) { ...CaseStep_payload } }": types.AssignHandlerMutationDocument,
    "\n  fragment CaseStep_payload on CasePayload {\n    case { ...CaseDetail_case }\n  }\n": types.CaseStep_PayloadFragmentDoc,
    "mutation CloseCaseMutation($input: CloseCaseInput!) { closeCase(input: $input) { ...CaseStep_payload } }": types.CloseCaseMutationDocument,
    "mutation ConsiderSuggestionMutation($input: CaseStepInput!) { considerSuggestion(input: $input) { ...CaseStep_payload } }": types.ConsiderSuggestionMutationDocument,
    "mutation DecideComplaintMutation($input: DecideComplaintInput!) { decideComplaint(input: $input) { ...CaseStep_payload } }": types.DecideComplaintMutationDocument,
    "mutation ExtendDeadlineMutation($input: ExtendDeadlineInput!) { extendDeadline(input: $input) { ...CaseStep_payload } }": types.ExtendDeadlineMutationDocument,
    "mutation PassOnComplimentMutation($input: PassOnComplimentInput!) { passOnCompliment(input: $input) { ...CaseStep_payload } }": types.PassOnComplimentMutationDocument,
    "mutation ReassignRelationshipManagerMutation($input: ReassignRelationshipManagerInput!) { reassignRelationshipManager(input: $input) { ...CaseStep_payload } }": types.ReassignRelationshipManagerMutationDocument,
    "mutation ReceiveInformationMutation($input: CaseStepInput!) { receiveInformation(input: $input) { ...CaseStep_payload } }": types.ReceiveInformationMutationDocument,
    "mutation ReclassifyCaseMutation($input: ReclassifyCaseInput!) { reclassifyCase(input: $input) { ...CaseStep_payload } }": types.ReclassifyCaseMutationDocument,
    "mutation ReopenCaseMutation($input: ReopenCaseInput!) { reopenCase(input: $input) { ...CaseStep_payload } }": types.ReopenCaseMutationDocument,
    "mutation RequestInformationMutation($input: RequestInformationInput!) { requestInformation(input: $input) { ...CaseStep_payload } }": types.RequestInformationMutationDocument,
    "mutation ResolveComplaintMutation($input: ResolveComplaintInput!) { resolveComplaint(input: $input) { ...CaseStep_payload } }": types.ResolveComplaintMutationDocument,
    "mutation RespondToSuggestionMutation($input: RespondToSuggestionInput!) { respondToSuggestion(input: $input) { ...CaseStep_payload } }": types.RespondToSuggestionMutationDocument,
    "mutation StartWorkMutation($input: CaseStepInput!) { startWork(input: $input) { ...CaseStep_payload } }": types.StartWorkMutationDocument,
    "mutation TakeTriageMutation($input: CaseStepInput!) { takeTriage(input: $input) { ...CaseStep_payload } }": types.TakeTriageMutationDocument,
    "mutation WithdrawCaseMutation($input: CaseStepInput!) { withdrawCase(input: $input) { ...CaseStep_payload } }": types.WithdrawCaseMutationDocument,
    "\n  query DashboardFiltersQuery {\n    services { id name nameNl active }\n    complaintTypes { id name nameNl active }\n    organisationUnits { id name active }\n  }\n": types.DashboardFiltersQueryDocument,
    "\n  query ComplimentsWidgetQuery($filter: ReportFilter!) {\n    compliments(filter: $filter) {\n      csv suppressedCells\n      byService { key label labelNl compliments complaints }\n    }\n  }\n": types.ComplimentsWidgetQueryDocument,
    "\n  query LeadTimeWidgetQuery($complaints: ReportFilter!) {\n    leadTimePerformance(filter: $complaints, groupBy: COMPLAINT_TYPE) {\n      csv suppressedCells\n      total { cases acknowledgedInTime resolvedWithinAgreedDeadline medianWorkingDays p90WorkingDays openPastDeadline extensions extensionsInformedInTime }\n      rows { key label cases acknowledgedInTime resolvedWithinAgreedDeadline medianWorkingDays p90WorkingDays openPastDeadline }\n    }\n  }\n": types.LeadTimeWidgetQueryDocument,
    "\n  query MeasuresWidgetQuery {\n    measures {\n      id title status implementedOn\n      targetComplaintType { id name nameNl }\n      targetService { id name nameNl }\n      effect { enoughData reason rateRatio lower95 upper95 countBefore countAfter beforeFrom afterTo windowDays }\n    }\n  }\n": types.MeasuresWidgetQueryDocument,
    "\n  query OutcomesWidgetQuery($filter: ReportFilter!) {\n    outcomes(filter: $filter) { csv complaints { outcome count } complaintsUndecided suggestionsAdopted suggestionsDeclined suggestionsOpen }\n  }\n": types.OutcomesWidgetQueryDocument,
    "\n  query RecurringWidgetQuery($recent: ReportFilter!) {\n    recurringComplaintTypes(filter: $recent) {\n      csv baselinePeriods suppressedCells\n      types { complaintTypeId label labelNl currentCount baselineRate statistic pValue qValue model flagged hasMeasure recurringAfterEvaluatedMeasure }\n    }\n  }\n": types.RecurringWidgetQueryDocument,
    "\n  query TilesWidgetQuery($filter: ReportFilter!, $complaints: ReportFilter!, $previous: ReportFilter!, $previousComplaints: ReportFilter!) {\n    volumeTrend(filter: $filter) { total changeVsPreviousPeriod backlog { label count } }\n    previousVolume: volumeTrend(filter: $previous) { total backlog { label count } }\n    leadTimePerformance(filter: $complaints) { total { openPastDeadline resolvedWithinAgreedDeadline } }\n    previousLeadTime: leadTimePerformance(filter: $previousComplaints) { total { openPastDeadline resolvedWithinAgreedDeadline } }\n    compliments(filter: $filter) { total }\n    previousCompliments: compliments(filter: $previous) { total }\n  }\n": types.TilesWidgetQueryDocument,
    "\n  query TrendWidgetQuery($complaints: ReportFilter!) {\n    volumeTrend(filter: $complaints) {\n      buckets suppressedCells csv\n      byComplaintType { key label labelNl counts total }\n    }\n  }\n": types.TrendWidgetQueryDocument,
    "\n  query IntakeRouteQuery {\n    services { id name nameNl active }\n    complaintTypes { id name nameNl active }\n  }\n": types.IntakeRouteQueryDocument,
    "\n  query MySubmissionsRouteQuery {\n    myCases { ...CaseTable_case }\n  }\n": types.MySubmissionsRouteQueryDocument,
    "\n  mutation SubmitFeedbackMutation($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      registrationNumber\n      acknowledgementDueAt\n      resolutionDueAt\n      replayed\n      case { id kind status receivedAt resolutionDueAt registrationNumber }\n    }\n  }\n": types.SubmitFeedbackMutationDocument,
    "\n  query LinkCasesSearchQuery($filter: CaseFilter!, $first: Int) {\n    cases(filter: $filter, first: $first) {\n      totalCount\n      nodes { id registrationNumber status receivedAt }\n    }\n  }\n": types.LinkCasesSearchQueryDocument,
    "\n  fragment MeasureDetail_measure on PreventiveMeasure {\n    ...MeasureCard_measure\n    expectedEffect communicatedOn evaluationNote\n    viewerCan { update implement evaluate cancel }\n    effect { ...MeasureEffect_effect }\n    linkedCases { ...CaseTable_case }\n    history { id type fromStatus toStatus note occurredAt }\n  }\n": types.MeasureDetail_MeasureFragmentDoc,
    "\n  query MeasureDetailRouteQuery($id: ID!) {\n    measure(id: $id) { ...MeasureDetail_measure }\n  }\n": types.MeasureDetailRouteQueryDocument,
    "\n  fragment MeasureEffect_effect on MeasureEffect {\n    enoughData reason rateRatio lower95 upper95 countBefore countAfter windowDays beforeFrom afterTo interpretation\n  }\n": types.MeasureEffect_EffectFragmentDoc,
    "\n  fragment MeasureCard_measure on PreventiveMeasure {\n    id version title description status proposedAt implementedOn evaluatedOn\n    targetComplaintType { id name nameNl }\n    targetService { id name nameNl }\n    owner { id displayName }\n  }\n": types.MeasureCard_MeasureFragmentDoc,
    "\n  query MeasuresRouteQuery($complaintTypeId: ID, $status: MeasureStatus) {\n    measures(complaintTypeId: $complaintTypeId, status: $status) { ...MeasureCard_measure }\n  }\n": types.MeasuresRouteQueryDocument,
    "\n  query MeasuresOptionsQuery {\n    complaintTypes { id name nameNl active }\n    services { id name nameNl active }\n  }\n": types.MeasuresOptionsQueryDocument,
    "\n  mutation CancelMeasureMutation($input: MeasureStepInput!) {\n    cancelMeasure(input: $input) { measure { ...MeasureDetail_measure } }\n  }\n": types.CancelMeasureMutationDocument,
    "\n  mutation EvaluateMeasureMutation($input: EvaluateMeasureInput!) {\n    evaluateMeasure(input: $input) { measure { ...MeasureDetail_measure } }\n  }\n": types.EvaluateMeasureMutationDocument,
    "\n  mutation ImplementMeasureMutation($input: ImplementMeasureInput!) {\n    implementMeasure(input: $input) { measure { ...MeasureDetail_measure } }\n  }\n": types.ImplementMeasureMutationDocument,
    "\n  mutation LinkCasesToMeasureMutation($input: LinkCasesToMeasureInput!) {\n    linkCasesToMeasure(input: $input) { measure { ...MeasureDetail_measure } }\n  }\n": types.LinkCasesToMeasureMutationDocument,
    "\n  mutation ProposeMeasureMutation($input: ProposeMeasureInput!) {\n    proposeMeasure(input: $input) { measure { ...MeasureCard_measure } }\n  }\n": types.ProposeMeasureMutationDocument,
    "\n  mutation UpdateMeasureMutation($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) { measure { ...MeasureDetail_measure } }\n  }\n": types.UpdateMeasureMutationDocument,
    "\n  query AnnualReportRouteQuery($year: Int!) {\n    annualReport(year: $year) {\n      year complaints suggestions compliments\n      outcomes { csv complaints { outcome count } complaintsUndecided suggestionsAdopted suggestionsDeclined }\n      timeliness { csv total { cases acknowledgedInTime resolvedWithinOriginalDeadline resolvedWithinAgreedDeadline extensions extensionsInformedInTime medianWorkingDays } rows { label cases resolvedWithinAgreedDeadline medianWorkingDays } }\n      measures { title complaintType status implementedOn effect }\n      complimentsByService { csv byService { label labelNl compliments complaints } }\n    }\n  }\n": types.AnnualReportRouteQueryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eDemoPeopleQuery {\n    demoPeople { id displayName }\n  }\n"): (typeof documents)["\n  query E2eDemoPeopleQuery {\n    demoPeople { id displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eDevSignInMutation($personId: ID!) {\n    devSignIn(personId: $personId) { token person { id displayName } }\n  }\n"): (typeof documents)["\n  mutation E2eDevSignInMutation($personId: ID!) {\n    devSignIn(personId: $personId) { token person { id displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eCaseExtensionsQuery($id: ID!) {\n    case(id: $id) { extensions { submitterInformedAt reason } }\n  }\n"): (typeof documents)["\n  query E2eCaseExtensionsQuery($id: ID!) {\n    case(id: $id) { extensions { submitterInformedAt reason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eComplaintTypesQuery {\n    complaintTypes { id nameNl }\n  }\n"): (typeof documents)["\n  query E2eComplaintTypesQuery {\n    complaintTypes { id nameNl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eSubmitComplaintMutation($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) { registrationNumber case { id version relationshipManager { displayName } } }\n  }\n"): (typeof documents)["\n  mutation E2eSubmitComplaintMutation($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) { registrationNumber case { id version relationshipManager { displayName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eMyCasesQuery {\n    myCases { id registrationNumber }\n  }\n"): (typeof documents)["\n  query E2eMyCasesQuery {\n    myCases { id registrationNumber }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eTakeTriageMutation($input: CaseStepInput!) {\n    takeTriage(input: $input) { case { version } }\n  }\n"): (typeof documents)["\n  mutation E2eTakeTriageMutation($input: CaseStepInput!) {\n    takeTriage(input: $input) { case { version } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eDecideComplaintMutation($input: DecideComplaintInput!) {\n    decideComplaint(input: $input) { case { version } }\n  }\n"): (typeof documents)["\n  mutation E2eDecideComplaintMutation($input: DecideComplaintInput!) {\n    decideComplaint(input: $input) { case { version } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eHandlersQuery {\n    people(role: HANDLER) { id displayName }\n  }\n"): (typeof documents)["\n  query E2eHandlersQuery {\n    people(role: HANDLER) { id displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eAssignHandlerMutation($input: AssignHandlerInput!) {\n    assignHandler(input: $input) { case { version } }\n  }\n"): (typeof documents)["\n  mutation E2eAssignHandlerMutation($input: AssignHandlerInput!) {\n    assignHandler(input: $input) { case { version } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eProposeMeasureMutation($input: ProposeMeasureInput!) {\n    proposeMeasure(input: $input) { measure { id title } }\n  }\n"): (typeof documents)["\n  mutation E2eProposeMeasureMutation($input: ProposeMeasureInput!) {\n    proposeMeasure(input: $input) { measure { id title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInRouteQuery {\n    demoPeople { id displayName roles }\n  }\n"): (typeof documents)["\n  query SignInRouteQuery {\n    demoPeople { id displayName roles }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevSignInMutation($personId: ID!) {\n    devSignIn(personId: $personId) { token person { id displayName roles } }\n  }\n"): (typeof documents)["\n  mutation DevSignInMutation($personId: ID!) {\n    devSignIn(personId: $personId) { token person { id displayName roles } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseActionsOptionsQuery {\n    handlers: people(role: HANDLER) { id displayName }\n    relationshipManagers: people(role: RELATIONSHIP_MANAGER) { id displayName }\n    complaintTypes { id name nameNl active }\n    services { id name nameNl active }\n    measures { id title status }\n  }\n"): (typeof documents)["\n  query CaseActionsOptionsQuery {\n    handlers: people(role: HANDLER) { id displayName }\n    relationshipManagers: people(role: RELATIONSHIP_MANAGER) { id displayName }\n    complaintTypes { id name nameNl active }\n    services { id name nameNl active }\n    measures { id title status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseDetail_case on Case {\n    id version registrationNumber kind status outcome outcomeReason receivedAt channel\n    submitterName submitterPhone submitterEmail description measuresTaken\n    complaintType { id name nameNl }\n    service { id name nameNl }\n    relationshipManager { id displayName }\n    handler { id displayName }\n    viewerCan { actions }\n    events { id type fromStatus toStatus note occurredAt actor { id displayName } }\n  }\n"): (typeof documents)["\n  fragment CaseDetail_case on Case {\n    id version registrationNumber kind status outcome outcomeReason receivedAt channel\n    submitterName submitterPhone submitterEmail description measuresTaken\n    complaintType { id name nameNl }\n    service { id name nameNl }\n    relationshipManager { id displayName }\n    handler { id displayName }\n    viewerCan { actions }\n    events { id type fromStatus toStatus note occurredAt actor { id displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetailRouteQuery($id: ID!, $locale: String!) {\n    case(id: $id) {\n      ...CaseDetail_case\n      deadlines(locale: $locale) {\n        acknowledgement { dueAt overdue explanation }\n        resolution { dueAt overdue explanation }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseDetailRouteQuery($id: ID!, $locale: String!) {\n    case(id: $id) {\n      ...CaseDetail_case\n      deadlines(locale: $locale) {\n        acknowledgement { dueAt overdue explanation }\n        resolution { dueAt overdue explanation }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseTable_case on Case {\n    id registrationNumber kind status receivedAt resolutionDueAt\n    complaintType { id name nameNl }\n    service { id name nameNl }\n  }\n"): (typeof documents)["\n  fragment CaseTable_case on Case {\n    id registrationNumber kind status receivedAt resolutionDueAt\n    complaintType { id name nameNl }\n    service { id name nameNl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesRouteQuery($filter: CaseFilter, $first: Int) {\n    cases(filter: $filter, first: $first) {\n      totalCount\n      nodes { ...CaseTable_case }\n    }\n  }\n"): (typeof documents)["\n  query CasesRouteQuery($filter: CaseFilter, $first: Int) {\n    cases(filter: $filter, first: $first) {\n      totalCount\n      nodes { ...CaseTable_case }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueRouteQuery {\n    myQueue(first: 100) {\n      totalCount\n      nodes {\n        ...CaseTable_case\n        deadlines { resolution { overdue } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueueRouteQuery {\n    myQueue(first: 100) {\n      totalCount\n      nodes {\n        ...CaseTable_case\n        deadlines { resolution { overdue } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignHandlerMutation($input: AssignHandlerInput!) { assignHandler(input: $input) { ...CaseStep_payload } }"): (typeof documents)["mutation AssignHandlerMutation($input: AssignHandlerInput!) { assignHandler(input: $input) { ...CaseStep_payload } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseStep_payload on CasePayload {\n    case { ...CaseDetail_case }\n  }\n"): (typeof documents)["\n  fragment CaseStep_payload on CasePayload {\n    case { ...CaseDetail_case }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseCaseMutation($input: CloseCaseInput!) { closeCase(input: $input) { ...CaseStep_payload } }"): (typeof documents)["mutation CloseCaseMutation($input: CloseCaseInput!) { closeCase(input: $input) { ...CaseStep_payload } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsiderSuggestionMutation($input: CaseStepInput!) { considerSuggestion(input: $input) { ...CaseStep_payload } }"): (typeof documents)["mutation ConsiderSuggestionMutation($input: CaseStepInput!) { considerSuggestion(input: $input) { ...CaseStep_payload } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideComplaintMutation($input: DecideComplaintInput!) { decideComplaint(input: $input) { ...CaseStep_payload } }"): (typeof documents)["mutation DecideComplaintMutation($input: DecideComplaintInput!) { decideComplaint(input: $input) { ...CaseStep_payload } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExtendDeadlineMutation($input: ExtendDeadlineInput!) { extendDeadline(input: $input) { ...CaseStep_payload } }"): (typeof documents)["mutation ExtendDeadlineMutation($input: ExtendDeadlineInput!) { extendDeadline(input: $input) { ...CaseStep_payload } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PassOnComplimentMutation($input: PassOnComplimentInput!) { passOnCompliment(input: $input) { ...CaseStep_payload } }"): (typeof documents)["mutation PassOnComplimentMutation($input: PassOnComplimentInput!) { passOnCompliment(input: $input) { ...CaseStep_payload } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReassignRelationshipManagerMutation($input: ReassignRelationshipManagerInput!) { reassignRelationshipManager(input: $input) { ...CaseStep_payload } }"): (typeof documents)["mutation ReassignRelationshipManagerMutation($input: ReassignRelationshipManagerInput!) { reassignRelationshipManager(input: $input) { ...CaseStep_payload } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReceiveInformationMutation($input: CaseStepInput!) { receiveInformation(input: $input) { ...CaseStep_payload } }"): (typeof documents)["mutation ReceiveInformationMutation($input: CaseStepInput!) { receiveInformation(input: $input) { ...CaseStep_payload } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReclassifyCaseMutation($input: ReclassifyCaseInput!) { reclassifyCase(input: $input) { ...CaseStep_payload } }"): (typeof documents)["mutation ReclassifyCaseMutation($input: ReclassifyCaseInput!) { reclassifyCase(input: $input) { ...CaseStep_payload } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReopenCaseMutation($input: ReopenCaseInput!) { reopenCase(input: $input) { ...CaseStep_payload } }"): (typeof documents)["mutation ReopenCaseMutation($input: ReopenCaseInput!) { reopenCase(input: $input) { ...CaseStep_payload } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestInformationMutation($input: RequestInformationInput!) { requestInformation(input: $input) { ...CaseStep_payload } }"): (typeof documents)["mutation RequestInformationMutation($input: RequestInformationInput!) { requestInformation(input: $input) { ...CaseStep_payload } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResolveComplaintMutation($input: ResolveComplaintInput!) { resolveComplaint(input: $input) { ...CaseStep_payload } }"): (typeof documents)["mutation ResolveComplaintMutation($input: ResolveComplaintInput!) { resolveComplaint(input: $input) { ...CaseStep_payload } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RespondToSuggestionMutation($input: RespondToSuggestionInput!) { respondToSuggestion(input: $input) { ...CaseStep_payload } }"): (typeof documents)["mutation RespondToSuggestionMutation($input: RespondToSuggestionInput!) { respondToSuggestion(input: $input) { ...CaseStep_payload } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartWorkMutation($input: CaseStepInput!) { startWork(input: $input) { ...CaseStep_payload } }"): (typeof documents)["mutation StartWorkMutation($input: CaseStepInput!) { startWork(input: $input) { ...CaseStep_payload } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TakeTriageMutation($input: CaseStepInput!) { takeTriage(input: $input) { ...CaseStep_payload } }"): (typeof documents)["mutation TakeTriageMutation($input: CaseStepInput!) { takeTriage(input: $input) { ...CaseStep_payload } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawCaseMutation($input: CaseStepInput!) { withdrawCase(input: $input) { ...CaseStep_payload } }"): (typeof documents)["mutation WithdrawCaseMutation($input: CaseStepInput!) { withdrawCase(input: $input) { ...CaseStep_payload } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardFiltersQuery {\n    services { id name nameNl active }\n    complaintTypes { id name nameNl active }\n    organisationUnits { id name active }\n  }\n"): (typeof documents)["\n  query DashboardFiltersQuery {\n    services { id name nameNl active }\n    complaintTypes { id name nameNl active }\n    organisationUnits { id name active }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplimentsWidgetQuery($filter: ReportFilter!) {\n    compliments(filter: $filter) {\n      csv suppressedCells\n      byService { key label labelNl compliments complaints }\n    }\n  }\n"): (typeof documents)["\n  query ComplimentsWidgetQuery($filter: ReportFilter!) {\n    compliments(filter: $filter) {\n      csv suppressedCells\n      byService { key label labelNl compliments complaints }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadTimeWidgetQuery($complaints: ReportFilter!) {\n    leadTimePerformance(filter: $complaints, groupBy: COMPLAINT_TYPE) {\n      csv suppressedCells\n      total { cases acknowledgedInTime resolvedWithinAgreedDeadline medianWorkingDays p90WorkingDays openPastDeadline extensions extensionsInformedInTime }\n      rows { key label cases acknowledgedInTime resolvedWithinAgreedDeadline medianWorkingDays p90WorkingDays openPastDeadline }\n    }\n  }\n"): (typeof documents)["\n  query LeadTimeWidgetQuery($complaints: ReportFilter!) {\n    leadTimePerformance(filter: $complaints, groupBy: COMPLAINT_TYPE) {\n      csv suppressedCells\n      total { cases acknowledgedInTime resolvedWithinAgreedDeadline medianWorkingDays p90WorkingDays openPastDeadline extensions extensionsInformedInTime }\n      rows { key label cases acknowledgedInTime resolvedWithinAgreedDeadline medianWorkingDays p90WorkingDays openPastDeadline }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasuresWidgetQuery {\n    measures {\n      id title status implementedOn\n      targetComplaintType { id name nameNl }\n      targetService { id name nameNl }\n      effect { enoughData reason rateRatio lower95 upper95 countBefore countAfter beforeFrom afterTo windowDays }\n    }\n  }\n"): (typeof documents)["\n  query MeasuresWidgetQuery {\n    measures {\n      id title status implementedOn\n      targetComplaintType { id name nameNl }\n      targetService { id name nameNl }\n      effect { enoughData reason rateRatio lower95 upper95 countBefore countAfter beforeFrom afterTo windowDays }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomesWidgetQuery($filter: ReportFilter!) {\n    outcomes(filter: $filter) { csv complaints { outcome count } complaintsUndecided suggestionsAdopted suggestionsDeclined suggestionsOpen }\n  }\n"): (typeof documents)["\n  query OutcomesWidgetQuery($filter: ReportFilter!) {\n    outcomes(filter: $filter) { csv complaints { outcome count } complaintsUndecided suggestionsAdopted suggestionsDeclined suggestionsOpen }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecurringWidgetQuery($recent: ReportFilter!) {\n    recurringComplaintTypes(filter: $recent) {\n      csv baselinePeriods suppressedCells\n      types { complaintTypeId label labelNl currentCount baselineRate statistic pValue qValue model flagged hasMeasure recurringAfterEvaluatedMeasure }\n    }\n  }\n"): (typeof documents)["\n  query RecurringWidgetQuery($recent: ReportFilter!) {\n    recurringComplaintTypes(filter: $recent) {\n      csv baselinePeriods suppressedCells\n      types { complaintTypeId label labelNl currentCount baselineRate statistic pValue qValue model flagged hasMeasure recurringAfterEvaluatedMeasure }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TilesWidgetQuery($filter: ReportFilter!, $complaints: ReportFilter!, $previous: ReportFilter!, $previousComplaints: ReportFilter!) {\n    volumeTrend(filter: $filter) { total changeVsPreviousPeriod backlog { label count } }\n    previousVolume: volumeTrend(filter: $previous) { total backlog { label count } }\n    leadTimePerformance(filter: $complaints) { total { openPastDeadline resolvedWithinAgreedDeadline } }\n    previousLeadTime: leadTimePerformance(filter: $previousComplaints) { total { openPastDeadline resolvedWithinAgreedDeadline } }\n    compliments(filter: $filter) { total }\n    previousCompliments: compliments(filter: $previous) { total }\n  }\n"): (typeof documents)["\n  query TilesWidgetQuery($filter: ReportFilter!, $complaints: ReportFilter!, $previous: ReportFilter!, $previousComplaints: ReportFilter!) {\n    volumeTrend(filter: $filter) { total changeVsPreviousPeriod backlog { label count } }\n    previousVolume: volumeTrend(filter: $previous) { total backlog { label count } }\n    leadTimePerformance(filter: $complaints) { total { openPastDeadline resolvedWithinAgreedDeadline } }\n    previousLeadTime: leadTimePerformance(filter: $previousComplaints) { total { openPastDeadline resolvedWithinAgreedDeadline } }\n    compliments(filter: $filter) { total }\n    previousCompliments: compliments(filter: $previous) { total }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrendWidgetQuery($complaints: ReportFilter!) {\n    volumeTrend(filter: $complaints) {\n      buckets suppressedCells csv\n      byComplaintType { key label labelNl counts total }\n    }\n  }\n"): (typeof documents)["\n  query TrendWidgetQuery($complaints: ReportFilter!) {\n    volumeTrend(filter: $complaints) {\n      buckets suppressedCells csv\n      byComplaintType { key label labelNl counts total }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeRouteQuery {\n    services { id name nameNl active }\n    complaintTypes { id name nameNl active }\n  }\n"): (typeof documents)["\n  query IntakeRouteQuery {\n    services { id name nameNl active }\n    complaintTypes { id name nameNl active }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySubmissionsRouteQuery {\n    myCases { ...CaseTable_case }\n  }\n"): (typeof documents)["\n  query MySubmissionsRouteQuery {\n    myCases { ...CaseTable_case }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitFeedbackMutation($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      registrationNumber\n      acknowledgementDueAt\n      resolutionDueAt\n      replayed\n      case { id kind status receivedAt resolutionDueAt registrationNumber }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitFeedbackMutation($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      registrationNumber\n      acknowledgementDueAt\n      resolutionDueAt\n      replayed\n      case { id kind status receivedAt resolutionDueAt registrationNumber }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkCasesSearchQuery($filter: CaseFilter!, $first: Int) {\n    cases(filter: $filter, first: $first) {\n      totalCount\n      nodes { id registrationNumber status receivedAt }\n    }\n  }\n"): (typeof documents)["\n  query LinkCasesSearchQuery($filter: CaseFilter!, $first: Int) {\n    cases(filter: $filter, first: $first) {\n      totalCount\n      nodes { id registrationNumber status receivedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureDetail_measure on PreventiveMeasure {\n    ...MeasureCard_measure\n    expectedEffect communicatedOn evaluationNote\n    viewerCan { update implement evaluate cancel }\n    effect { ...MeasureEffect_effect }\n    linkedCases { ...CaseTable_case }\n    history { id type fromStatus toStatus note occurredAt }\n  }\n"): (typeof documents)["\n  fragment MeasureDetail_measure on PreventiveMeasure {\n    ...MeasureCard_measure\n    expectedEffect communicatedOn evaluationNote\n    viewerCan { update implement evaluate cancel }\n    effect { ...MeasureEffect_effect }\n    linkedCases { ...CaseTable_case }\n    history { id type fromStatus toStatus note occurredAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasureDetailRouteQuery($id: ID!) {\n    measure(id: $id) { ...MeasureDetail_measure }\n  }\n"): (typeof documents)["\n  query MeasureDetailRouteQuery($id: ID!) {\n    measure(id: $id) { ...MeasureDetail_measure }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureEffect_effect on MeasureEffect {\n    enoughData reason rateRatio lower95 upper95 countBefore countAfter windowDays beforeFrom afterTo interpretation\n  }\n"): (typeof documents)["\n  fragment MeasureEffect_effect on MeasureEffect {\n    enoughData reason rateRatio lower95 upper95 countBefore countAfter windowDays beforeFrom afterTo interpretation\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureCard_measure on PreventiveMeasure {\n    id version title description status proposedAt implementedOn evaluatedOn\n    targetComplaintType { id name nameNl }\n    targetService { id name nameNl }\n    owner { id displayName }\n  }\n"): (typeof documents)["\n  fragment MeasureCard_measure on PreventiveMeasure {\n    id version title description status proposedAt implementedOn evaluatedOn\n    targetComplaintType { id name nameNl }\n    targetService { id name nameNl }\n    owner { id displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasuresRouteQuery($complaintTypeId: ID, $status: MeasureStatus) {\n    measures(complaintTypeId: $complaintTypeId, status: $status) { ...MeasureCard_measure }\n  }\n"): (typeof documents)["\n  query MeasuresRouteQuery($complaintTypeId: ID, $status: MeasureStatus) {\n    measures(complaintTypeId: $complaintTypeId, status: $status) { ...MeasureCard_measure }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasuresOptionsQuery {\n    complaintTypes { id name nameNl active }\n    services { id name nameNl active }\n  }\n"): (typeof documents)["\n  query MeasuresOptionsQuery {\n    complaintTypes { id name nameNl active }\n    services { id name nameNl active }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeasureMutation($input: MeasureStepInput!) {\n    cancelMeasure(input: $input) { measure { ...MeasureDetail_measure } }\n  }\n"): (typeof documents)["\n  mutation CancelMeasureMutation($input: MeasureStepInput!) {\n    cancelMeasure(input: $input) { measure { ...MeasureDetail_measure } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvaluateMeasureMutation($input: EvaluateMeasureInput!) {\n    evaluateMeasure(input: $input) { measure { ...MeasureDetail_measure } }\n  }\n"): (typeof documents)["\n  mutation EvaluateMeasureMutation($input: EvaluateMeasureInput!) {\n    evaluateMeasure(input: $input) { measure { ...MeasureDetail_measure } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImplementMeasureMutation($input: ImplementMeasureInput!) {\n    implementMeasure(input: $input) { measure { ...MeasureDetail_measure } }\n  }\n"): (typeof documents)["\n  mutation ImplementMeasureMutation($input: ImplementMeasureInput!) {\n    implementMeasure(input: $input) { measure { ...MeasureDetail_measure } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkCasesToMeasureMutation($input: LinkCasesToMeasureInput!) {\n    linkCasesToMeasure(input: $input) { measure { ...MeasureDetail_measure } }\n  }\n"): (typeof documents)["\n  mutation LinkCasesToMeasureMutation($input: LinkCasesToMeasureInput!) {\n    linkCasesToMeasure(input: $input) { measure { ...MeasureDetail_measure } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeMeasureMutation($input: ProposeMeasureInput!) {\n    proposeMeasure(input: $input) { measure { ...MeasureCard_measure } }\n  }\n"): (typeof documents)["\n  mutation ProposeMeasureMutation($input: ProposeMeasureInput!) {\n    proposeMeasure(input: $input) { measure { ...MeasureCard_measure } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeasureMutation($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) { measure { ...MeasureDetail_measure } }\n  }\n"): (typeof documents)["\n  mutation UpdateMeasureMutation($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) { measure { ...MeasureDetail_measure } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnualReportRouteQuery($year: Int!) {\n    annualReport(year: $year) {\n      year complaints suggestions compliments\n      outcomes { csv complaints { outcome count } complaintsUndecided suggestionsAdopted suggestionsDeclined }\n      timeliness { csv total { cases acknowledgedInTime resolvedWithinOriginalDeadline resolvedWithinAgreedDeadline extensions extensionsInformedInTime medianWorkingDays } rows { label cases resolvedWithinAgreedDeadline medianWorkingDays } }\n      measures { title complaintType status implementedOn effect }\n      complimentsByService { csv byService { label labelNl compliments complaints } }\n    }\n  }\n"): (typeof documents)["\n  query AnnualReportRouteQuery($year: Int!) {\n    annualReport(year: $year) {\n      year complaints suggestions compliments\n      outcomes { csv complaints { outcome count } complaintsUndecided suggestionsAdopted suggestionsDeclined }\n      timeliness { csv total { cases acknowledgedInTime resolvedWithinOriginalDeadline resolvedWithinAgreedDeadline extensions extensionsInformedInTime medianWorkingDays } rows { label cases resolvedWithinAgreedDeadline medianWorkingDays } }\n      measures { title complaintType status implementedOn effect }\n      complimentsByService { csv byService { label labelNl compliments complaints } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;