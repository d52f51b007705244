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
    "\n  query E2eCaseCountQuery {\n    cases(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.E2eCaseCountQueryDocument,
    "\n  query E2eDemoPeopleQuery {\n    demoPeople {\n      id\n      displayName\n    }\n  }\n": typeof types.E2eDemoPeopleQueryDocument,
    "\n  mutation E2eDevSignInMutation($personId: ID!) {\n    devSignIn(personId: $personId) {\n      token\n      person {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.E2eDevSignInMutationDocument,
    "\n  query E2eCaseExtensionsQuery($id: ID!) {\n    case(id: $id) {\n      extensions {\n        submitterInformedAt\n        reason\n      }\n    }\n  }\n": typeof types.E2eCaseExtensionsQueryDocument,
    "\n  query E2eComplaintTypesQuery {\n    complaintTypes {\n      id\n      nameNl\n    }\n  }\n": typeof types.E2eComplaintTypesQueryDocument,
    "\n  mutation E2eSubmitComplaintMutation($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      registrationNumber\n      case {\n        id\n        version\n        relationshipManager {\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.E2eSubmitComplaintMutationDocument,
    "\n  query E2eMyCasesQuery {\n    myCases {\n      id\n      registrationNumber\n    }\n  }\n": typeof types.E2eMyCasesQueryDocument,
    "\n  mutation E2eTakeTriageMutation($input: CaseStepInput!) {\n    takeTriage(input: $input) {\n      case {\n        version\n      }\n    }\n  }\n": typeof types.E2eTakeTriageMutationDocument,
    "\n  mutation E2eDecideComplaintMutation($input: DecideComplaintInput!) {\n    decideComplaint(input: $input) {\n      case {\n        version\n      }\n    }\n  }\n": typeof types.E2eDecideComplaintMutationDocument,
    "\n  query E2eHandlersQuery {\n    people(role: HANDLER) {\n      id\n      displayName\n    }\n  }\n": typeof types.E2eHandlersQueryDocument,
    "\n  mutation E2eAssignHandlerMutation($input: AssignHandlerInput!) {\n    assignHandler(input: $input) {\n      case {\n        version\n      }\n    }\n  }\n": typeof types.E2eAssignHandlerMutationDocument,
    "\n  mutation E2eProposeMeasureMutation($input: ProposeMeasureInput!) {\n    proposeMeasure(input: $input) {\n      measure {\n        id\n        title\n      }\n    }\n  }\n": typeof types.E2eProposeMeasureMutationDocument,
    "\n  query E2eMailSatisfactionReportQuery($filter: ReportFilter!) {\n    satisfactionReport(filter: $filter) {\n      asked\n      answered\n    }\n  }\n": typeof types.E2eMailSatisfactionReportQueryDocument,
    "\n  mutation E2eAskSatisfactionMutation($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      askSatisfaction\n      publicUrl\n    }\n  }\n": typeof types.E2eAskSatisfactionMutationDocument,
    "\n  mutation E2eStartWorkMutation($input: CaseStepInput!) {\n    startWork(input: $input) {\n      case {\n        version\n      }\n    }\n  }\n": typeof types.E2eStartWorkMutationDocument,
    "\n  mutation E2eResolveComplaintMutation($input: ResolveComplaintInput!) {\n    resolveComplaint(input: $input) {\n      case {\n        version\n        status\n      }\n    }\n  }\n": typeof types.E2eResolveComplaintMutationDocument,
    "\n  query E2eCaseMessagesQuery($id: ID!) {\n    case(id: $id) {\n      messages {\n        template\n        body\n      }\n      satisfaction {\n        score\n        comment\n      }\n    }\n  }\n": typeof types.E2eCaseMessagesQueryDocument,
    "\n  query E2eSatisfactionReportQuery($filter: ReportFilter!) {\n    satisfactionReport(filter: $filter) {\n      asked\n      answered\n      responseRate\n    }\n  }\n": typeof types.E2eSatisfactionReportQueryDocument,
    "\n  fragment ApiKeyRow_apiKey on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n  }\n": typeof types.ApiKeyRow_ApiKeyFragmentDoc,
    "\n  query ApiKeysRouteQuery {\n    apiKeys {\n      ...ApiKeyRow_apiKey\n    }\n    apiKeyScopes\n  }\n": typeof types.ApiKeysRouteQueryDocument,
    "\n  mutation CreateApiKeyMutation($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyRow_apiKey\n      }\n    }\n  }\n": typeof types.CreateApiKeyMutationDocument,
    "\n  mutation RevokeApiKeyMutation($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      ...ApiKeyRow_apiKey\n    }\n  }\n": typeof types.RevokeApiKeyMutationDocument,
    "\n  query SignInRouteQuery {\n    demoPeople {\n      id\n      displayName\n      roles\n    }\n  }\n": typeof types.SignInRouteQueryDocument,
    "\n  mutation DevSignInMutation($personId: ID!) {\n    devSignIn(personId: $personId) {\n      token\n      person {\n        id\n        displayName\n        roles\n      }\n    }\n  }\n": typeof types.DevSignInMutationDocument,
    "\n  query FinishSignInViewerQuery {\n    viewer {\n      id\n      displayName\n      roles\n    }\n  }\n": typeof types.FinishSignInViewerQueryDocument,
    "\n  query ClosureDaysRouteQuery($year: Int!) {\n    daysOff(year: $year) {\n      date\n      kind\n      name\n      nameNl\n    }\n  }\n": typeof types.ClosureDaysRouteQueryDocument,
    "\n  mutation SaveClosureDayMutation($input: ClosureDayInput!) {\n    saveClosureDay(input: $input) {\n      date\n      name\n    }\n  }\n": typeof types.SaveClosureDayMutationDocument,
    "\n  mutation RemoveClosureDayMutation($date: String!) {\n    removeClosureDay(date: $date)\n  }\n": typeof types.RemoveClosureDayMutationDocument,
    "\n  query CaseActionsOptionsQuery {\n    handlers: people(role: HANDLER) {\n      id\n      displayName\n    }\n    relationshipManagers: people(role: RELATIONSHIP_MANAGER) {\n      id\n      displayName\n    }\n    complaintTypes {\n      id\n      name\n      nameNl\n      active\n    }\n    services {\n      id\n      name\n      nameNl\n      active\n    }\n    measures {\n      id\n      title\n      status\n    }\n  }\n": typeof types.CaseActionsOptionsQueryDocument,
    "\n  fragment CaseDetail_case on Case {\n    id\n    version\n    registrationNumber\n    kind\n    status\n    outcome\n    outcomeReason\n    receivedAt\n    channel\n    submitterName\n    submitterPhone\n    submitterEmail\n    description\n    measuresTaken\n    satisfaction {\n      askedAt\n      answeredAt\n      score\n      comment\n    }\n    complaintType {\n      id\n      name\n      nameNl\n    }\n    service {\n      id\n      name\n      nameNl\n    }\n    relationshipManager {\n      id\n      displayName\n    }\n    handler {\n      id\n      displayName\n    }\n    viewerCan {\n      actions\n    }\n    events {\n      id\n      type\n      fromStatus\n      toStatus\n      note\n      occurredAt\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CaseDetail_CaseFragmentDoc,
    "\n  query CaseDetailRouteQuery($id: ID!, $locale: String!) {\n    case(id: $id) {\n      ...CaseDetail_case\n      messageDeliveries {\n        ...MessageDeliveries_delivery\n      }\n      deadlines(locale: $locale) {\n        acknowledgement {\n          dueAt\n          overdue\n          explanation\n        }\n        resolution {\n          dueAt\n          overdue\n          explanation\n        }\n      }\n    }\n  }\n": typeof types.CaseDetailRouteQueryDocument,
    "\n  fragment CaseTable_case on Case {\n    id\n    registrationNumber\n    kind\n    status\n    receivedAt\n    resolutionDueAt\n    complaintType {\n      id\n      name\n      nameNl\n    }\n    service {\n      id\n      name\n      nameNl\n    }\n  }\n": typeof types.CaseTable_CaseFragmentDoc,
    "\n  query CasesRouteQuery($filter: CaseFilter, $first: Int) {\n    cases(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        ...CaseTable_case\n      }\n    }\n  }\n": typeof types.CasesRouteQueryDocument,
    "\n  query QueueRouteQuery {\n    myQueue(first: 100) {\n      totalCount\n      nodes {\n        ...CaseTable_case\n        deadlines {\n          resolution {\n            overdue\n          }\n        }\n      }\n    }\n  }\n": typeof types.QueueRouteQueryDocument,
    "\n  mutation AssignHandlerMutation($input: AssignHandlerInput!) {\n    assignHandler(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": typeof types.AssignHandlerMutationDocument,
    "\n  fragment CaseStep_payload on CasePayload {\n    case {\n      ...CaseDetail_case\n    }\n  }\n": typeof types.CaseStep_PayloadFragmentDoc,
    "\n  mutation CloseCaseMutation($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": typeof types.CloseCaseMutationDocument,
    "\n  mutation ConsiderSuggestionMutation($input: CaseStepInput!) {\n    considerSuggestion(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": typeof types.ConsiderSuggestionMutationDocument,
    "\n  mutation DecideComplaintMutation($input: DecideComplaintInput!) {\n    decideComplaint(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": typeof types.DecideComplaintMutationDocument,
    "\n  mutation ExtendDeadlineMutation($input: ExtendDeadlineInput!) {\n    extendDeadline(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": typeof types.ExtendDeadlineMutationDocument,
    "\n  mutation PassOnComplimentMutation($input: PassOnComplimentInput!) {\n    passOnCompliment(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": typeof types.PassOnComplimentMutationDocument,
    "\n  mutation ReassignRelationshipManagerMutation($input: ReassignRelationshipManagerInput!) {\n    reassignRelationshipManager(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": typeof types.ReassignRelationshipManagerMutationDocument,
    "\n  mutation ReceiveInformationMutation($input: CaseStepInput!) {\n    receiveInformation(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": typeof types.ReceiveInformationMutationDocument,
    "\n  mutation ReclassifyCaseMutation($input: ReclassifyCaseInput!) {\n    reclassifyCase(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": typeof types.ReclassifyCaseMutationDocument,
    "\n  mutation ReopenCaseMutation($input: ReopenCaseInput!) {\n    reopenCase(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": typeof types.ReopenCaseMutationDocument,
    "\n  mutation RequestInformationMutation($input: RequestInformationInput!) {\n    requestInformation(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": typeof types.RequestInformationMutationDocument,
    "\n  mutation ResolveComplaintMutation($input: ResolveComplaintInput!) {\n    resolveComplaint(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": typeof types.ResolveComplaintMutationDocument,
    "\n  mutation RespondToSuggestionMutation($input: RespondToSuggestionInput!) {\n    respondToSuggestion(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": typeof types.RespondToSuggestionMutationDocument,
    "\n  mutation StartWorkMutation($input: CaseStepInput!) {\n    startWork(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": typeof types.StartWorkMutationDocument,
    "\n  mutation TakeTriageMutation($input: CaseStepInput!) {\n    takeTriage(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": typeof types.TakeTriageMutationDocument,
    "\n  mutation WithdrawCaseMutation($input: CaseStepInput!) {\n    withdrawCase(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": typeof types.WithdrawCaseMutationDocument,
    "\n  fragment ComplaintTypeRow_complaintType on ComplaintType {\n    id\n    code\n    name\n    nameNl\n    active\n    leadTimeWorkingDays\n    versions {\n      id\n      version\n      leadTimeWorkingDays\n      pausesClockOnInformationRequest\n      validFrom\n      validTo\n    }\n  }\n": typeof types.ComplaintTypeRow_ComplaintTypeFragmentDoc,
    "\n  query ComplaintTypesRouteQuery {\n    complaintTypes {\n      ...ComplaintTypeRow_complaintType\n    }\n  }\n": typeof types.ComplaintTypesRouteQueryDocument,
    "\n  fragment ServiceRow_service on Service {\n    id\n    code\n    name\n    nameNl\n    active\n  }\n": typeof types.ServiceRow_ServiceFragmentDoc,
    "\n  query ServicesRouteQuery {\n    services {\n      ...ServiceRow_service\n    }\n  }\n": typeof types.ServicesRouteQueryDocument,
    "\n  mutation SaveComplaintTypeMutation($input: SaveComplaintTypeInput!) {\n    saveComplaintType(input: $input) {\n      ...ComplaintTypeRow_complaintType\n    }\n  }\n": typeof types.SaveComplaintTypeMutationDocument,
    "\n  mutation SaveServiceMutation($input: SaveServiceInput!) {\n    saveService(input: $input) {\n      ...ServiceRow_service\n    }\n  }\n": typeof types.SaveServiceMutationDocument,
    "\n  query DashboardFiltersQuery {\n    services {\n      id\n      name\n      nameNl\n      active\n    }\n    complaintTypes {\n      id\n      name\n      nameNl\n      active\n    }\n    organisationUnits {\n      id\n      name\n      active\n    }\n  }\n": typeof types.DashboardFiltersQueryDocument,
    "\n  query ComplimentsWidgetQuery($filter: ReportFilter!) {\n    compliments(filter: $filter) {\n      csv\n      suppressedCells\n      byService {\n        key\n        label\n        labelNl\n        compliments\n        complaints\n      }\n    }\n  }\n": typeof types.ComplimentsWidgetQueryDocument,
    "\n  query LeadTimeWidgetQuery($complaints: ReportFilter!) {\n    leadTimePerformance(filter: $complaints, groupBy: COMPLAINT_TYPE) {\n      csv\n      suppressedCells\n      total {\n        cases\n        acknowledgedInTime\n        resolvedWithinAgreedDeadline\n        medianWorkingDays\n        p90WorkingDays\n        openPastDeadline\n        extensions\n        extensionsInformedInTime\n      }\n      rows {\n        key\n        label\n        cases\n        acknowledgedInTime\n        resolvedWithinAgreedDeadline\n        medianWorkingDays\n        p90WorkingDays\n        openPastDeadline\n      }\n    }\n  }\n": typeof types.LeadTimeWidgetQueryDocument,
    "\n  query MeasuresWidgetQuery {\n    measures {\n      id\n      title\n      status\n      implementedOn\n      targetComplaintType {\n        id\n        name\n        nameNl\n      }\n      targetService {\n        id\n        name\n        nameNl\n      }\n      effect {\n        enoughData\n        reason\n        rateRatio\n        lower95\n        upper95\n        countBefore\n        countAfter\n        beforeFrom\n        afterTo\n        windowDays\n      }\n    }\n  }\n": typeof types.MeasuresWidgetQueryDocument,
    "\n  query OutcomesWidgetQuery($filter: ReportFilter!) {\n    outcomes(filter: $filter) {\n      csv\n      complaints {\n        outcome\n        count\n      }\n      complaintsUndecided\n      suggestionsAdopted\n      suggestionsDeclined\n      suggestionsOpen\n    }\n  }\n": typeof types.OutcomesWidgetQueryDocument,
    "\n  query RecurringWidgetQuery($recent: ReportFilter!) {\n    recurringComplaintTypes(filter: $recent) {\n      csv\n      baselinePeriods\n      suppressedCells\n      types {\n        complaintTypeId\n        label\n        labelNl\n        currentCount\n        baselineRate\n        statistic\n        pValue\n        qValue\n        model\n        flagged\n        hasMeasure\n        recurringAfterEvaluatedMeasure\n      }\n    }\n  }\n": typeof types.RecurringWidgetQueryDocument,
    "\n  query SatisfactionWidgetQuery($filter: ReportFilter!) {\n    satisfactionReport(filter: $filter) {\n      csv\n      suppressedCells\n      ...SatisfactionTables_report\n    }\n  }\n": typeof types.SatisfactionWidgetQueryDocument,
    "\n  query TilesWidgetQuery(\n    $filter: ReportFilter!\n    $complaints: ReportFilter!\n    $previous: ReportFilter!\n    $previousComplaints: ReportFilter!\n  ) {\n    volumeTrend(filter: $filter) {\n      total\n      changeVsPreviousPeriod\n      backlog {\n        label\n        count\n      }\n    }\n    previousVolume: volumeTrend(filter: $previous) {\n      total\n      backlog {\n        label\n        count\n      }\n    }\n    leadTimePerformance(filter: $complaints) {\n      total {\n        openPastDeadline\n        resolvedWithinAgreedDeadline\n      }\n    }\n    previousLeadTime: leadTimePerformance(filter: $previousComplaints) {\n      total {\n        openPastDeadline\n        resolvedWithinAgreedDeadline\n      }\n    }\n    compliments(filter: $filter) {\n      total\n    }\n    previousCompliments: compliments(filter: $previous) {\n      total\n    }\n  }\n": typeof types.TilesWidgetQueryDocument,
    "\n  query TrendWidgetQuery($complaints: ReportFilter!) {\n    volumeTrend(filter: $complaints) {\n      buckets\n      suppressedCells\n      csv\n      byComplaintType {\n        key\n        label\n        labelNl\n        counts\n        total\n      }\n    }\n  }\n": typeof types.TrendWidgetQueryDocument,
    "\n  mutation ImportCasesMutation($input: ImportCasesInput!) {\n    importCases(input: $input) {\n      imported\n      acceptedCount\n      refusedCount\n      registrationNumbers\n      problems {\n        row\n        field\n        reason\n        message\n      }\n    }\n  }\n": typeof types.ImportCasesMutationDocument,
    "\n  query IntakeRouteQuery {\n    services {\n      id\n      name\n      nameNl\n      active\n    }\n    complaintTypes {\n      id\n      name\n      nameNl\n      active\n    }\n  }\n": typeof types.IntakeRouteQueryDocument,
    "\n  query MySubmissionsRouteQuery {\n    myCases {\n      ...CaseTable_case\n    }\n  }\n": typeof types.MySubmissionsRouteQueryDocument,
    "\n  mutation SubmitFeedbackMutation($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      registrationNumber\n      acknowledgementDueAt\n      resolutionDueAt\n      replayed\n      case {\n        id\n        kind\n        status\n        receivedAt\n        resolutionDueAt\n        registrationNumber\n      }\n    }\n  }\n": typeof types.SubmitFeedbackMutationDocument,
    "\n  query LinkCasesSearchQuery($filter: CaseFilter!, $first: Int) {\n    cases(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        registrationNumber\n        status\n        receivedAt\n      }\n    }\n  }\n": typeof types.LinkCasesSearchQueryDocument,
    "\n  fragment MeasureDetail_measure on PreventiveMeasure {\n    ...MeasureCard_measure\n    expectedEffect\n    communicatedOn\n    evaluationNote\n    viewerCan {\n      update\n      implement\n      evaluate\n      cancel\n    }\n    effect {\n      ...MeasureEffect_effect\n    }\n    linkedCases {\n      ...CaseTable_case\n    }\n    messageDeliveries {\n      ...MessageDeliveries_delivery\n    }\n    history {\n      id\n      type\n      fromStatus\n      toStatus\n      note\n      occurredAt\n    }\n  }\n": typeof types.MeasureDetail_MeasureFragmentDoc,
    "\n  query MeasureDetailRouteQuery($id: ID!) {\n    measure(id: $id) {\n      ...MeasureDetail_measure\n    }\n  }\n": typeof types.MeasureDetailRouteQueryDocument,
    "\n  fragment MeasureEffect_effect on MeasureEffect {\n    enoughData\n    reason\n    rateRatio\n    lower95\n    upper95\n    countBefore\n    countAfter\n    windowDays\n    beforeFrom\n    afterTo\n    interpretation\n  }\n": typeof types.MeasureEffect_EffectFragmentDoc,
    "\n  fragment MeasureCard_measure on PreventiveMeasure {\n    id\n    version\n    title\n    description\n    status\n    proposedAt\n    implementedOn\n    evaluatedOn\n    targetComplaintType {\n      id\n      name\n      nameNl\n    }\n    targetService {\n      id\n      name\n      nameNl\n    }\n    owner {\n      id\n      displayName\n    }\n  }\n": typeof types.MeasureCard_MeasureFragmentDoc,
    "\n  query MeasuresRouteQuery($complaintTypeId: ID, $status: MeasureStatus) {\n    measures(complaintTypeId: $complaintTypeId, status: $status) {\n      ...MeasureCard_measure\n    }\n  }\n": typeof types.MeasuresRouteQueryDocument,
    "\n  query MeasuresOptionsQuery {\n    complaintTypes {\n      id\n      name\n      nameNl\n      active\n    }\n    services {\n      id\n      name\n      nameNl\n      active\n    }\n  }\n": typeof types.MeasuresOptionsQueryDocument,
    "\n  mutation CancelMeasureMutation($input: MeasureStepInput!) {\n    cancelMeasure(input: $input) {\n      measure {\n        ...MeasureDetail_measure\n      }\n    }\n  }\n": typeof types.CancelMeasureMutationDocument,
    "\n  mutation EvaluateMeasureMutation($input: EvaluateMeasureInput!) {\n    evaluateMeasure(input: $input) {\n      measure {\n        ...MeasureDetail_measure\n      }\n    }\n  }\n": typeof types.EvaluateMeasureMutationDocument,
    "\n  mutation ImplementMeasureMutation($input: ImplementMeasureInput!) {\n    implementMeasure(input: $input) {\n      measure {\n        ...MeasureDetail_measure\n      }\n    }\n  }\n": typeof types.ImplementMeasureMutationDocument,
    "\n  mutation LinkCasesToMeasureMutation($input: LinkCasesToMeasureInput!) {\n    linkCasesToMeasure(input: $input) {\n      measure {\n        ...MeasureDetail_measure\n      }\n    }\n  }\n": typeof types.LinkCasesToMeasureMutationDocument,
    "\n  mutation ProposeMeasureMutation($input: ProposeMeasureInput!) {\n    proposeMeasure(input: $input) {\n      measure {\n        ...MeasureCard_measure\n      }\n    }\n  }\n": typeof types.ProposeMeasureMutationDocument,
    "\n  mutation UpdateMeasureMutation($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) {\n      measure {\n        ...MeasureDetail_measure\n      }\n    }\n  }\n": typeof types.UpdateMeasureMutationDocument,
    "\n  query MailboxRouteQuery {\n    devMailbox(first: 100) {\n      id\n      recipients\n      subject\n      text\n      html\n      deliveredAt\n    }\n  }\n": typeof types.MailboxRouteQueryDocument,
    "\n  fragment MessageDeliveries_delivery on MessageDelivery {\n    id\n    template\n    recipient\n    status\n    createdAt\n    sentAt\n  }\n": typeof types.MessageDeliveries_DeliveryFragmentDoc,
    "\n  fragment OutboxRow_message on OutboxMessage {\n    id\n    caseId\n    registrationNumber\n    template\n    recipient\n    status\n    attempts\n    createdAt\n    sentAt\n    lastError\n  }\n": typeof types.OutboxRow_MessageFragmentDoc,
    "\n  query OutboxRouteQuery($status: DeliveryStatus) {\n    outboxMessages(status: $status, first: 200) {\n      ...OutboxRow_message\n    }\n  }\n": typeof types.OutboxRouteQueryDocument,
    "\n  mutation ResendOutboxMessageMutation($input: ResendOutboxMessageInput!) {\n    resendOutboxMessage(input: $input) {\n      message {\n        ...OutboxRow_message\n      }\n    }\n  }\n": typeof types.ResendOutboxMessageMutationDocument,
    "\n  fragment PersonRow_person on Person {\n    id\n    displayName\n    email\n    phone\n    roles\n    active\n    organisationUnit {\n      id\n      name\n    }\n  }\n": typeof types.PersonRow_PersonFragmentDoc,
    "\n  query PeopleRouteQuery($role: Role!) {\n    people(role: $role) {\n      ...PersonRow_person\n    }\n    organisationUnits {\n      id\n      name\n      active\n    }\n  }\n": typeof types.PeopleRouteQueryDocument,
    "\n  fragment UnitRow_organisationUnit on OrganisationUnit {\n    id\n    code\n    name\n    active\n    relationshipManager {\n      id\n      displayName\n    }\n  }\n": typeof types.UnitRow_OrganisationUnitFragmentDoc,
    "\n  query UnitsRouteQuery {\n    organisationUnits {\n      ...UnitRow_organisationUnit\n    }\n    people(role: RELATIONSHIP_MANAGER) {\n      id\n      displayName\n    }\n  }\n": typeof types.UnitsRouteQueryDocument,
    "\n  mutation SaveOrganisationUnitMutation($input: SaveOrganisationUnitInput!) {\n    saveOrganisationUnit(input: $input) {\n      ...UnitRow_organisationUnit\n    }\n  }\n": typeof types.SaveOrganisationUnitMutationDocument,
    "\n  mutation SavePersonMutation($input: SavePersonInput!) {\n    savePerson(input: $input) {\n      ...PersonRow_person\n    }\n  }\n": typeof types.SavePersonMutationDocument,
    "\n  query AnnualReportRouteQuery($year: Int!) {\n    annualReport(year: $year) {\n      year\n      complaints\n      suggestions\n      compliments\n      outcomes {\n        csv\n        complaints {\n          outcome\n          count\n        }\n        complaintsUndecided\n        suggestionsAdopted\n        suggestionsDeclined\n      }\n      timeliness {\n        csv\n        total {\n          cases\n          acknowledgedInTime\n          resolvedWithinOriginalDeadline\n          resolvedWithinAgreedDeadline\n          extensions\n          extensionsInformedInTime\n          medianWorkingDays\n        }\n        rows {\n          label\n          cases\n          resolvedWithinAgreedDeadline\n          medianWorkingDays\n        }\n      }\n      measures {\n        title\n        complaintType\n        status\n        implementedOn\n        effect\n      }\n      satisfaction {\n        csv\n        ...SatisfactionTables_report\n      }\n      complimentsByService {\n        csv\n        byService {\n          label\n          labelNl\n          compliments\n          complaints\n        }\n      }\n    }\n  }\n": typeof types.AnnualReportRouteQueryDocument,
    "\n  query SatisfactionRouteQuery($token: String!) {\n    satisfactionLink(token: $token) {\n      state\n    }\n  }\n": typeof types.SatisfactionRouteQueryDocument,
    "\n  fragment SatisfactionTables_row on SatisfactionRow {\n    key\n    label\n    labelNl\n    asked\n    answered\n    responseRate\n    averageScore\n  }\n": typeof types.SatisfactionTables_RowFragmentDoc,
    "\n  fragment SatisfactionTables_report on SatisfactionReport {\n    buckets\n    askedByBucket\n    answeredByBucket\n    averageByBucket\n    asked\n    answered\n    responseRate\n    averageScore\n    byService {\n      ...SatisfactionTables_row\n    }\n    byComplaintType {\n      ...SatisfactionTables_row\n    }\n  }\n": typeof types.SatisfactionTables_ReportFragmentDoc,
    "\n  mutation AnswerSatisfactionMutation($input: AnswerSatisfactionInput!) {\n    answerSatisfaction(input: $input) {\n      answered\n    }\n  }\n": typeof types.AnswerSatisfactionMutationDocument,
    "\n  fragment SettingsForm_settings on OrganisationSettings {\n    liberationDayIsHoliday\n    minimumReportCellSize\n    relationshipManagerScope\n    defaultLanguage\n    askSatisfaction\n    publicUrl\n  }\n": typeof types.SettingsForm_SettingsFragmentDoc,
    "\n  query SettingsRouteQuery {\n    settings {\n      ...SettingsForm_settings\n    }\n  }\n": typeof types.SettingsRouteQueryDocument,
    "\n  mutation UpdateSettingsMutation($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      ...SettingsForm_settings\n    }\n  }\n": typeof types.UpdateSettingsMutationDocument,
    "\n  query AdminChangesSectionQuery($first: Int!, $after: String, $entityType: AdminEntityType) {\n    adminEvents(first: $first, after: $after, entityType: $entityType) {\n      nodes {\n        id\n        occurredAt\n        channel\n        entityType\n        entityId\n        action\n        actor {\n          id\n          displayName\n        }\n        changes {\n          field\n          from\n          to\n        }\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.AdminChangesSectionQueryDocument,
    "\n  query PersonalDataReadsSectionQuery($first: Int!, $after: String, $caseId: ID, $personId: ID, $apiKeyId: ID) {\n    personalDataReads(first: $first, after: $after, caseId: $caseId, personId: $personId, apiKeyId: $apiKeyId) {\n      nodes {\n        id\n        readAt\n        readerApiKeyId\n        readerApiKeyName\n        reader {\n          id\n          displayName\n        }\n        case {\n          id\n          registrationNumber\n        }\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.PersonalDataReadsSectionQueryDocument,
    "\n  query OrganisationLanguageQuery {\n    settings {\n      defaultLanguage\n    }\n  }\n": typeof types.OrganisationLanguageQueryDocument,
};
const documents: Documents = {
    "\n  query E2eCaseCountQuery {\n    cases(first: 1) {\n      totalCount\n    }\n  }\n": types.E2eCaseCountQueryDocument,
    "\n  query E2eDemoPeopleQuery {\n    demoPeople {\n      id\n      displayName\n    }\n  }\n": types.E2eDemoPeopleQueryDocument,
    "\n  mutation E2eDevSignInMutation($personId: ID!) {\n    devSignIn(personId: $personId) {\n      token\n      person {\n        id\n        displayName\n      }\n    }\n  }\n": types.E2eDevSignInMutationDocument,
    "\n  query E2eCaseExtensionsQuery($id: ID!) {\n    case(id: $id) {\n      extensions {\n        submitterInformedAt\n        reason\n      }\n    }\n  }\n": types.E2eCaseExtensionsQueryDocument,
    "\n  query E2eComplaintTypesQuery {\n    complaintTypes {\n      id\n      nameNl\n    }\n  }\n": types.E2eComplaintTypesQueryDocument,
    "\n  mutation E2eSubmitComplaintMutation($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      registrationNumber\n      case {\n        id\n        version\n        relationshipManager {\n          displayName\n        }\n      }\n    }\n  }\n": types.E2eSubmitComplaintMutationDocument,
    "\n  query E2eMyCasesQuery {\n    myCases {\n      id\n      registrationNumber\n    }\n  }\n": types.E2eMyCasesQueryDocument,
    "\n  mutation E2eTakeTriageMutation($input: CaseStepInput!) {\n    takeTriage(input: $input) {\n      case {\n        version\n      }\n    }\n  }\n": types.E2eTakeTriageMutationDocument,
    "\n  mutation E2eDecideComplaintMutation($input: DecideComplaintInput!) {\n    decideComplaint(input: $input) {\n      case {\n        version\n      }\n    }\n  }\n": types.E2eDecideComplaintMutationDocument,
    "\n  query E2eHandlersQuery {\n    people(role: HANDLER) {\n      id\n      displayName\n    }\n  }\n": types.E2eHandlersQueryDocument,
    "\n  mutation E2eAssignHandlerMutation($input: AssignHandlerInput!) {\n    assignHandler(input: $input) {\n      case {\n        version\n      }\n    }\n  }\n": types.E2eAssignHandlerMutationDocument,
    "\n  mutation E2eProposeMeasureMutation($input: ProposeMeasureInput!) {\n    proposeMeasure(input: $input) {\n      measure {\n        id\n        title\n      }\n    }\n  }\n": types.E2eProposeMeasureMutationDocument,
    "\n  query E2eMailSatisfactionReportQuery($filter: ReportFilter!) {\n    satisfactionReport(filter: $filter) {\n      asked\n      answered\n    }\n  }\n": types.E2eMailSatisfactionReportQueryDocument,
    "\n  mutation E2eAskSatisfactionMutation($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      askSatisfaction\n      publicUrl\n    }\n  }\n": types.E2eAskSatisfactionMutationDocument,
    "\n  mutation E2eStartWorkMutation($input: CaseStepInput!) {\n    startWork(input: $input) {\n      case {\n        version\n      }\n    }\n  }\n": types.E2eStartWorkMutationDocument,
    "\n  mutation E2eResolveComplaintMutation($input: ResolveComplaintInput!) {\n    resolveComplaint(input: $input) {\n      case {\n        version\n        status\n      }\n    }\n  }\n": types.E2eResolveComplaintMutationDocument,
    "\n  query E2eCaseMessagesQuery($id: ID!) {\n    case(id: $id) {\n      messages {\n        template\n        body\n      }\n      satisfaction {\n        score\n        comment\n      }\n    }\n  }\n": types.E2eCaseMessagesQueryDocument,
    "\n  query E2eSatisfactionReportQuery($filter: ReportFilter!) {\n    satisfactionReport(filter: $filter) {\n      asked\n      answered\n      responseRate\n    }\n  }\n": types.E2eSatisfactionReportQueryDocument,
    "\n  fragment ApiKeyRow_apiKey on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n  }\n": types.ApiKeyRow_ApiKeyFragmentDoc,
    "\n  query ApiKeysRouteQuery {\n    apiKeys {\n      ...ApiKeyRow_apiKey\n    }\n    apiKeyScopes\n  }\n": types.ApiKeysRouteQueryDocument,
    "\n  mutation CreateApiKeyMutation($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyRow_apiKey\n      }\n    }\n  }\n": types.CreateApiKeyMutationDocument,
    "\n  mutation RevokeApiKeyMutation($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      ...ApiKeyRow_apiKey\n    }\n  }\n": types.RevokeApiKeyMutationDocument,
    "\n  query SignInRouteQuery {\n    demoPeople {\n      id\n      displayName\n      roles\n    }\n  }\n": types.SignInRouteQueryDocument,
    "\n  mutation DevSignInMutation($personId: ID!) {\n    devSignIn(personId: $personId) {\n      token\n      person {\n        id\n        displayName\n        roles\n      }\n    }\n  }\n": types.DevSignInMutationDocument,
    "\n  query FinishSignInViewerQuery {\n    viewer {\n      id\n      displayName\n      roles\n    }\n  }\n": types.FinishSignInViewerQueryDocument,
    "\n  query ClosureDaysRouteQuery($year: Int!) {\n    daysOff(year: $year) {\n      date\n      kind\n      name\n      nameNl\n    }\n  }\n": types.ClosureDaysRouteQueryDocument,
    "\n  mutation SaveClosureDayMutation($input: ClosureDayInput!) {\n    saveClosureDay(input: $input) {\n      date\n      name\n    }\n  }\n": types.SaveClosureDayMutationDocument,
    "\n  mutation RemoveClosureDayMutation($date: String!) {\n    removeClosureDay(date: $date)\n  }\n": types.RemoveClosureDayMutationDocument,
    "\n  query CaseActionsOptionsQuery {\n    handlers: people(role: HANDLER) {\n      id\n      displayName\n    }\n    relationshipManagers: people(role: RELATIONSHIP_MANAGER) {\n      id\n      displayName\n    }\n    complaintTypes {\n      id\n      name\n      nameNl\n      active\n    }\n    services {\n      id\n      name\n      nameNl\n      active\n    }\n    measures {\n      id\n      title\n      status\n    }\n  }\n": types.CaseActionsOptionsQueryDocument,
    "\n  fragment CaseDetail_case on Case {\n    id\n    version\n    registrationNumber\n    kind\n    status\n    outcome\n    outcomeReason\n    receivedAt\n    channel\n    submitterName\n    submitterPhone\n    submitterEmail\n    description\n    measuresTaken\n    satisfaction {\n      askedAt\n      answeredAt\n      score\n      comment\n    }\n    complaintType {\n      id\n      name\n      nameNl\n    }\n    service {\n      id\n      name\n      nameNl\n    }\n    relationshipManager {\n      id\n      displayName\n    }\n    handler {\n      id\n      displayName\n    }\n    viewerCan {\n      actions\n    }\n    events {\n      id\n      type\n      fromStatus\n      toStatus\n      note\n      occurredAt\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": types.CaseDetail_CaseFragmentDoc,
    "\n  query CaseDetailRouteQuery($id: ID!, $locale: String!) {\n    case(id: $id) {\n      ...CaseDetail_case\n      messageDeliveries {\n        ...MessageDeliveries_delivery\n      }\n      deadlines(locale: $locale) {\n        acknowledgement {\n          dueAt\n          overdue\n          explanation\n        }\n        resolution {\n          dueAt\n          overdue\n          explanation\n        }\n      }\n    }\n  }\n": types.CaseDetailRouteQueryDocument,
    "\n  fragment CaseTable_case on Case {\n    id\n    registrationNumber\n    kind\n    status\n    receivedAt\n    resolutionDueAt\n    complaintType {\n      id\n      name\n      nameNl\n    }\n    service {\n      id\n      name\n      nameNl\n    }\n  }\n": types.CaseTable_CaseFragmentDoc,
    "\n  query CasesRouteQuery($filter: CaseFilter, $first: Int) {\n    cases(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        ...CaseTable_case\n      }\n    }\n  }\n": types.CasesRouteQueryDocument,
    "\n  query QueueRouteQuery {\n    myQueue(first: 100) {\n      totalCount\n      nodes {\n        ...CaseTable_case\n        deadlines {\n          resolution {\n            overdue\n          }\n        }\n      }\n    }\n  }\n": types.QueueRouteQueryDocument,
    "\n  mutation AssignHandlerMutation($input: AssignHandlerInput!) {\n    assignHandler(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": types.AssignHandlerMutationDocument,
    "\n  fragment CaseStep_payload on CasePayload {\n    case {\n      ...CaseDetail_case\n    }\n  }\n": types.CaseStep_PayloadFragmentDoc,
    "\n  mutation CloseCaseMutation($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": types.CloseCaseMutationDocument,
    "\n  mutation ConsiderSuggestionMutation($input: CaseStepInput!) {\n    considerSuggestion(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": types.ConsiderSuggestionMutationDocument,
    "\n  mutation DecideComplaintMutation($input: DecideComplaintInput!) {\n    decideComplaint(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": types.DecideComplaintMutationDocument,
    "\n  mutation ExtendDeadlineMutation($input: ExtendDeadlineInput!) {\n    extendDeadline(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": types.ExtendDeadlineMutationDocument,
    "\n  mutation PassOnComplimentMutation($input: PassOnComplimentInput!) {\n    passOnCompliment(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": types.PassOnComplimentMutationDocument,
    "\n  mutation ReassignRelationshipManagerMutation($input: ReassignRelationshipManagerInput!) {\n    reassignRelationshipManager(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": types.ReassignRelationshipManagerMutationDocument,
    "\n  mutation ReceiveInformationMutation($input: CaseStepInput!) {\n    receiveInformation(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": types.ReceiveInformationMutationDocument,
    "\n  mutation ReclassifyCaseMutation($input: ReclassifyCaseInput!) {\n    reclassifyCase(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": types.ReclassifyCaseMutationDocument,
    "\n  mutation ReopenCaseMutation($input: ReopenCaseInput!) {\n    reopenCase(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": types.ReopenCaseMutationDocument,
    "\n  mutation RequestInformationMutation($input: RequestInformationInput!) {\n    requestInformation(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": types.RequestInformationMutationDocument,
    "\n  mutation ResolveComplaintMutation($input: ResolveComplaintInput!) {\n    resolveComplaint(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": types.ResolveComplaintMutationDocument,
    "\n  mutation RespondToSuggestionMutation($input: RespondToSuggestionInput!) {\n    respondToSuggestion(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": types.RespondToSuggestionMutationDocument,
    "\n  mutation StartWorkMutation($input: CaseStepInput!) {\n    startWork(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": types.StartWorkMutationDocument,
    "\n  mutation TakeTriageMutation($input: CaseStepInput!) {\n    takeTriage(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": types.TakeTriageMutationDocument,
    "\n  mutation WithdrawCaseMutation($input: CaseStepInput!) {\n    withdrawCase(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n": types.WithdrawCaseMutationDocument,
    "\n  fragment ComplaintTypeRow_complaintType on ComplaintType {\n    id\n    code\n    name\n    nameNl\n    active\n    leadTimeWorkingDays\n    versions {\n      id\n      version\n      leadTimeWorkingDays\n      pausesClockOnInformationRequest\n      validFrom\n      validTo\n    }\n  }\n": types.ComplaintTypeRow_ComplaintTypeFragmentDoc,
    "\n  query ComplaintTypesRouteQuery {\n    complaintTypes {\n      ...ComplaintTypeRow_complaintType\n    }\n  }\n": types.ComplaintTypesRouteQueryDocument,
    "\n  fragment ServiceRow_service on Service {\n    id\n    code\n    name\n    nameNl\n    active\n  }\n": types.ServiceRow_ServiceFragmentDoc,
    "\n  query ServicesRouteQuery {\n    services {\n      ...ServiceRow_service\n    }\n  }\n": types.ServicesRouteQueryDocument,
    "\n  mutation SaveComplaintTypeMutation($input: SaveComplaintTypeInput!) {\n    saveComplaintType(input: $input) {\n      ...ComplaintTypeRow_complaintType\n    }\n  }\n": types.SaveComplaintTypeMutationDocument,
    "\n  mutation SaveServiceMutation($input: SaveServiceInput!) {\n    saveService(input: $input) {\n      ...ServiceRow_service\n    }\n  }\n": types.SaveServiceMutationDocument,
    "\n  query DashboardFiltersQuery {\n    services {\n      id\n      name\n      nameNl\n      active\n    }\n    complaintTypes {\n      id\n      name\n      nameNl\n      active\n    }\n    organisationUnits {\n      id\n      name\n      active\n    }\n  }\n": types.DashboardFiltersQueryDocument,
    "\n  query ComplimentsWidgetQuery($filter: ReportFilter!) {\n    compliments(filter: $filter) {\n      csv\n      suppressedCells\n      byService {\n        key\n        label\n        labelNl\n        compliments\n        complaints\n      }\n    }\n  }\n": types.ComplimentsWidgetQueryDocument,
    "\n  query LeadTimeWidgetQuery($complaints: ReportFilter!) {\n    leadTimePerformance(filter: $complaints, groupBy: COMPLAINT_TYPE) {\n      csv\n      suppressedCells\n      total {\n        cases\n        acknowledgedInTime\n        resolvedWithinAgreedDeadline\n        medianWorkingDays\n        p90WorkingDays\n        openPastDeadline\n        extensions\n        extensionsInformedInTime\n      }\n      rows {\n        key\n        label\n        cases\n        acknowledgedInTime\n        resolvedWithinAgreedDeadline\n        medianWorkingDays\n        p90WorkingDays\n        openPastDeadline\n      }\n    }\n  }\n": types.LeadTimeWidgetQueryDocument,
    "\n  query MeasuresWidgetQuery {\n    measures {\n      id\n      title\n      status\n      implementedOn\n      targetComplaintType {\n        id\n        name\n        nameNl\n      }\n      targetService {\n        id\n        name\n        nameNl\n      }\n      effect {\n        enoughData\n        reason\n        rateRatio\n        lower95\n        upper95\n        countBefore\n        countAfter\n        beforeFrom\n        afterTo\n        windowDays\n      }\n    }\n  }\n": types.MeasuresWidgetQueryDocument,
    "\n  query OutcomesWidgetQuery($filter: ReportFilter!) {\n    outcomes(filter: $filter) {\n      csv\n      complaints {\n        outcome\n        count\n      }\n      complaintsUndecided\n      suggestionsAdopted\n      suggestionsDeclined\n      suggestionsOpen\n    }\n  }\n": types.OutcomesWidgetQueryDocument,
    "\n  query RecurringWidgetQuery($recent: ReportFilter!) {\n    recurringComplaintTypes(filter: $recent) {\n      csv\n      baselinePeriods\n      suppressedCells\n      types {\n        complaintTypeId\n        label\n        labelNl\n        currentCount\n        baselineRate\n        statistic\n        pValue\n        qValue\n        model\n        flagged\n        hasMeasure\n        recurringAfterEvaluatedMeasure\n      }\n    }\n  }\n": types.RecurringWidgetQueryDocument,
    "\n  query SatisfactionWidgetQuery($filter: ReportFilter!) {\n    satisfactionReport(filter: $filter) {\n      csv\n      suppressedCells\n      ...SatisfactionTables_report\n    }\n  }\n": types.SatisfactionWidgetQueryDocument,
    "\n  query TilesWidgetQuery(\n    $filter: ReportFilter!\n    $complaints: ReportFilter!\n    $previous: ReportFilter!\n    $previousComplaints: ReportFilter!\n  ) {\n    volumeTrend(filter: $filter) {\n      total\n      changeVsPreviousPeriod\n      backlog {\n        label\n        count\n      }\n    }\n    previousVolume: volumeTrend(filter: $previous) {\n      total\n      backlog {\n        label\n        count\n      }\n    }\n    leadTimePerformance(filter: $complaints) {\n      total {\n        openPastDeadline\n        resolvedWithinAgreedDeadline\n      }\n    }\n    previousLeadTime: leadTimePerformance(filter: $previousComplaints) {\n      total {\n        openPastDeadline\n        resolvedWithinAgreedDeadline\n      }\n    }\n    compliments(filter: $filter) {\n      total\n    }\n    previousCompliments: compliments(filter: $previous) {\n      total\n    }\n  }\n": types.TilesWidgetQueryDocument,
    "\n  query TrendWidgetQuery($complaints: ReportFilter!) {\n    volumeTrend(filter: $complaints) {\n      buckets\n      suppressedCells\n      csv\n      byComplaintType {\n        key\n        label\n        labelNl\n        counts\n        total\n      }\n    }\n  }\n": types.TrendWidgetQueryDocument,
    "\n  mutation ImportCasesMutation($input: ImportCasesInput!) {\n    importCases(input: $input) {\n      imported\n      acceptedCount\n      refusedCount\n      registrationNumbers\n      problems {\n        row\n        field\n        reason\n        message\n      }\n    }\n  }\n": types.ImportCasesMutationDocument,
    "\n  query IntakeRouteQuery {\n    services {\n      id\n      name\n      nameNl\n      active\n    }\n    complaintTypes {\n      id\n      name\n      nameNl\n      active\n    }\n  }\n": types.IntakeRouteQueryDocument,
    "\n  query MySubmissionsRouteQuery {\n    myCases {\n      ...CaseTable_case\n    }\n  }\n": types.MySubmissionsRouteQueryDocument,
    "\n  mutation SubmitFeedbackMutation($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      registrationNumber\n      acknowledgementDueAt\n      resolutionDueAt\n      replayed\n      case {\n        id\n        kind\n        status\n        receivedAt\n        resolutionDueAt\n        registrationNumber\n      }\n    }\n  }\n": types.SubmitFeedbackMutationDocument,
    "\n  query LinkCasesSearchQuery($filter: CaseFilter!, $first: Int) {\n    cases(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        registrationNumber\n        status\n        receivedAt\n      }\n    }\n  }\n": types.LinkCasesSearchQueryDocument,
    "\n  fragment MeasureDetail_measure on PreventiveMeasure {\n    ...MeasureCard_measure\n    expectedEffect\n    communicatedOn\n    evaluationNote\n    viewerCan {\n      update\n      implement\n      evaluate\n      cancel\n    }\n    effect {\n      ...MeasureEffect_effect\n    }\n    linkedCases {\n      ...CaseTable_case\n    }\n    messageDeliveries {\n      ...MessageDeliveries_delivery\n    }\n    history {\n      id\n      type\n      fromStatus\n      toStatus\n      note\n      occurredAt\n    }\n  }\n": types.MeasureDetail_MeasureFragmentDoc,
    "\n  query MeasureDetailRouteQuery($id: ID!) {\n    measure(id: $id) {\n      ...MeasureDetail_measure\n    }\n  }\n": types.MeasureDetailRouteQueryDocument,
    "\n  fragment MeasureEffect_effect on MeasureEffect {\n    enoughData\n    reason\n    rateRatio\n    lower95\n    upper95\n    countBefore\n    countAfter\n    windowDays\n    beforeFrom\n    afterTo\n    interpretation\n  }\n": types.MeasureEffect_EffectFragmentDoc,
    "\n  fragment MeasureCard_measure on PreventiveMeasure {\n    id\n    version\n    title\n    description\n    status\n    proposedAt\n    implementedOn\n    evaluatedOn\n    targetComplaintType {\n      id\n      name\n      nameNl\n    }\n    targetService {\n      id\n      name\n      nameNl\n    }\n    owner {\n      id\n      displayName\n    }\n  }\n": types.MeasureCard_MeasureFragmentDoc,
    "\n  query MeasuresRouteQuery($complaintTypeId: ID, $status: MeasureStatus) {\n    measures(complaintTypeId: $complaintTypeId, status: $status) {\n      ...MeasureCard_measure\n    }\n  }\n": types.MeasuresRouteQueryDocument,
    "\n  query MeasuresOptionsQuery {\n    complaintTypes {\n      id\n      name\n      nameNl\n      active\n    }\n    services {\n      id\n      name\n      nameNl\n      active\n    }\n  }\n": types.MeasuresOptionsQueryDocument,
    "\n  mutation CancelMeasureMutation($input: MeasureStepInput!) {\n    cancelMeasure(input: $input) {\n      measure {\n        ...MeasureDetail_measure\n      }\n    }\n  }\n": types.CancelMeasureMutationDocument,
    "\n  mutation EvaluateMeasureMutation($input: EvaluateMeasureInput!) {\n    evaluateMeasure(input: $input) {\n      measure {\n        ...MeasureDetail_measure\n      }\n    }\n  }\n": types.EvaluateMeasureMutationDocument,
    "\n  mutation ImplementMeasureMutation($input: ImplementMeasureInput!) {\n    implementMeasure(input: $input) {\n      measure {\n        ...MeasureDetail_measure\n      }\n    }\n  }\n": types.ImplementMeasureMutationDocument,
    "\n  mutation LinkCasesToMeasureMutation($input: LinkCasesToMeasureInput!) {\n    linkCasesToMeasure(input: $input) {\n      measure {\n        ...MeasureDetail_measure\n      }\n    }\n  }\n": types.LinkCasesToMeasureMutationDocument,
    "\n  mutation ProposeMeasureMutation($input: ProposeMeasureInput!) {\n    proposeMeasure(input: $input) {\n      measure {\n        ...MeasureCard_measure\n      }\n    }\n  }\n": types.ProposeMeasureMutationDocument,
    "\n  mutation UpdateMeasureMutation($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) {\n      measure {\n        ...MeasureDetail_measure\n      }\n    }\n  }\n": types.UpdateMeasureMutationDocument,
    "\n  query MailboxRouteQuery {\n    devMailbox(first: 100) {\n      id\n      recipients\n      subject\n      text\n      html\n      deliveredAt\n    }\n  }\n": types.MailboxRouteQueryDocument,
    "\n  fragment MessageDeliveries_delivery on MessageDelivery {\n    id\n    template\n    recipient\n    status\n    createdAt\n    sentAt\n  }\n": types.MessageDeliveries_DeliveryFragmentDoc,
    "\n  fragment OutboxRow_message on OutboxMessage {\n    id\n    caseId\n    registrationNumber\n    template\n    recipient\n    status\n    attempts\n    createdAt\n    sentAt\n    lastError\n  }\n": types.OutboxRow_MessageFragmentDoc,
    "\n  query OutboxRouteQuery($status: DeliveryStatus) {\n    outboxMessages(status: $status, first: 200) {\n      ...OutboxRow_message\n    }\n  }\n": types.OutboxRouteQueryDocument,
    "\n  mutation ResendOutboxMessageMutation($input: ResendOutboxMessageInput!) {\n    resendOutboxMessage(input: $input) {\n      message {\n        ...OutboxRow_message\n      }\n    }\n  }\n": types.ResendOutboxMessageMutationDocument,
    "\n  fragment PersonRow_person on Person {\n    id\n    displayName\n    email\n    phone\n    roles\n    active\n    organisationUnit {\n      id\n      name\n    }\n  }\n": types.PersonRow_PersonFragmentDoc,
    "\n  query PeopleRouteQuery($role: Role!) {\n    people(role: $role) {\n      ...PersonRow_person\n    }\n    organisationUnits {\n      id\n      name\n      active\n    }\n  }\n": types.PeopleRouteQueryDocument,
    "\n  fragment UnitRow_organisationUnit on OrganisationUnit {\n    id\n    code\n    name\n    active\n    relationshipManager {\n      id\n      displayName\n    }\n  }\n": types.UnitRow_OrganisationUnitFragmentDoc,
    "\n  query UnitsRouteQuery {\n    organisationUnits {\n      ...UnitRow_organisationUnit\n    }\n    people(role: RELATIONSHIP_MANAGER) {\n      id\n      displayName\n    }\n  }\n": types.UnitsRouteQueryDocument,
    "\n  mutation SaveOrganisationUnitMutation($input: SaveOrganisationUnitInput!) {\n    saveOrganisationUnit(input: $input) {\n      ...UnitRow_organisationUnit\n    }\n  }\n": types.SaveOrganisationUnitMutationDocument,
    "\n  mutation SavePersonMutation($input: SavePersonInput!) {\n    savePerson(input: $input) {\n      ...PersonRow_person\n    }\n  }\n": types.SavePersonMutationDocument,
    "\n  query AnnualReportRouteQuery($year: Int!) {\n    annualReport(year: $year) {\n      year\n      complaints\n      suggestions\n      compliments\n      outcomes {\n        csv\n        complaints {\n          outcome\n          count\n        }\n        complaintsUndecided\n        suggestionsAdopted\n        suggestionsDeclined\n      }\n      timeliness {\n        csv\n        total {\n          cases\n          acknowledgedInTime\n          resolvedWithinOriginalDeadline\n          resolvedWithinAgreedDeadline\n          extensions\n          extensionsInformedInTime\n          medianWorkingDays\n        }\n        rows {\n          label\n          cases\n          resolvedWithinAgreedDeadline\n          medianWorkingDays\n        }\n      }\n      measures {\n        title\n        complaintType\n        status\n        implementedOn\n        effect\n      }\n      satisfaction {\n        csv\n        ...SatisfactionTables_report\n      }\n      complimentsByService {\n        csv\n        byService {\n          label\n          labelNl\n          compliments\n          complaints\n        }\n      }\n    }\n  }\n": types.AnnualReportRouteQueryDocument,
    "\n  query SatisfactionRouteQuery($token: String!) {\n    satisfactionLink(token: $token) {\n      state\n    }\n  }\n": types.SatisfactionRouteQueryDocument,
    "\n  fragment SatisfactionTables_row on SatisfactionRow {\n    key\n    label\n    labelNl\n    asked\n    answered\n    responseRate\n    averageScore\n  }\n": types.SatisfactionTables_RowFragmentDoc,
    "\n  fragment SatisfactionTables_report on SatisfactionReport {\n    buckets\n    askedByBucket\n    answeredByBucket\n    averageByBucket\n    asked\n    answered\n    responseRate\n    averageScore\n    byService {\n      ...SatisfactionTables_row\n    }\n    byComplaintType {\n      ...SatisfactionTables_row\n    }\n  }\n": types.SatisfactionTables_ReportFragmentDoc,
    "\n  mutation AnswerSatisfactionMutation($input: AnswerSatisfactionInput!) {\n    answerSatisfaction(input: $input) {\n      answered\n    }\n  }\n": types.AnswerSatisfactionMutationDocument,
    "\n  fragment SettingsForm_settings on OrganisationSettings {\n    liberationDayIsHoliday\n    minimumReportCellSize\n    relationshipManagerScope\n    defaultLanguage\n    askSatisfaction\n    publicUrl\n  }\n": types.SettingsForm_SettingsFragmentDoc,
    "\n  query SettingsRouteQuery {\n    settings {\n      ...SettingsForm_settings\n    }\n  }\n": types.SettingsRouteQueryDocument,
    "\n  mutation UpdateSettingsMutation($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      ...SettingsForm_settings\n    }\n  }\n": types.UpdateSettingsMutationDocument,
    "\n  query AdminChangesSectionQuery($first: Int!, $after: String, $entityType: AdminEntityType) {\n    adminEvents(first: $first, after: $after, entityType: $entityType) {\n      nodes {\n        id\n        occurredAt\n        channel\n        entityType\n        entityId\n        action\n        actor {\n          id\n          displayName\n        }\n        changes {\n          field\n          from\n          to\n        }\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.AdminChangesSectionQueryDocument,
    "\n  query PersonalDataReadsSectionQuery($first: Int!, $after: String, $caseId: ID, $personId: ID, $apiKeyId: ID) {\n    personalDataReads(first: $first, after: $after, caseId: $caseId, personId: $personId, apiKeyId: $apiKeyId) {\n      nodes {\n        id\n        readAt\n        readerApiKeyId\n        readerApiKeyName\n        reader {\n          id\n          displayName\n        }\n        case {\n          id\n          registrationNumber\n        }\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.PersonalDataReadsSectionQueryDocument,
    "\n  query OrganisationLanguageQuery {\n    settings {\n      defaultLanguage\n    }\n  }\n": types.OrganisationLanguageQueryDocument,
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
export function graphql(source: "\n  query E2eCaseCountQuery {\n    cases(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query E2eCaseCountQuery {\n    cases(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eDemoPeopleQuery {\n    demoPeople {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query E2eDemoPeopleQuery {\n    demoPeople {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eDevSignInMutation($personId: ID!) {\n    devSignIn(personId: $personId) {\n      token\n      person {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eDevSignInMutation($personId: ID!) {\n    devSignIn(personId: $personId) {\n      token\n      person {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eCaseExtensionsQuery($id: ID!) {\n    case(id: $id) {\n      extensions {\n        submitterInformedAt\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query E2eCaseExtensionsQuery($id: ID!) {\n    case(id: $id) {\n      extensions {\n        submitterInformedAt\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eComplaintTypesQuery {\n    complaintTypes {\n      id\n      nameNl\n    }\n  }\n"): (typeof documents)["\n  query E2eComplaintTypesQuery {\n    complaintTypes {\n      id\n      nameNl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eSubmitComplaintMutation($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      registrationNumber\n      case {\n        id\n        version\n        relationshipManager {\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eSubmitComplaintMutation($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      registrationNumber\n      case {\n        id\n        version\n        relationshipManager {\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eMyCasesQuery {\n    myCases {\n      id\n      registrationNumber\n    }\n  }\n"): (typeof documents)["\n  query E2eMyCasesQuery {\n    myCases {\n      id\n      registrationNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eTakeTriageMutation($input: CaseStepInput!) {\n    takeTriage(input: $input) {\n      case {\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eTakeTriageMutation($input: CaseStepInput!) {\n    takeTriage(input: $input) {\n      case {\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eDecideComplaintMutation($input: DecideComplaintInput!) {\n    decideComplaint(input: $input) {\n      case {\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eDecideComplaintMutation($input: DecideComplaintInput!) {\n    decideComplaint(input: $input) {\n      case {\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eHandlersQuery {\n    people(role: HANDLER) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query E2eHandlersQuery {\n    people(role: HANDLER) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eAssignHandlerMutation($input: AssignHandlerInput!) {\n    assignHandler(input: $input) {\n      case {\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eAssignHandlerMutation($input: AssignHandlerInput!) {\n    assignHandler(input: $input) {\n      case {\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eProposeMeasureMutation($input: ProposeMeasureInput!) {\n    proposeMeasure(input: $input) {\n      measure {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eProposeMeasureMutation($input: ProposeMeasureInput!) {\n    proposeMeasure(input: $input) {\n      measure {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eMailSatisfactionReportQuery($filter: ReportFilter!) {\n    satisfactionReport(filter: $filter) {\n      asked\n      answered\n    }\n  }\n"): (typeof documents)["\n  query E2eMailSatisfactionReportQuery($filter: ReportFilter!) {\n    satisfactionReport(filter: $filter) {\n      asked\n      answered\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eAskSatisfactionMutation($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      askSatisfaction\n      publicUrl\n    }\n  }\n"): (typeof documents)["\n  mutation E2eAskSatisfactionMutation($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      askSatisfaction\n      publicUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eStartWorkMutation($input: CaseStepInput!) {\n    startWork(input: $input) {\n      case {\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eStartWorkMutation($input: CaseStepInput!) {\n    startWork(input: $input) {\n      case {\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eResolveComplaintMutation($input: ResolveComplaintInput!) {\n    resolveComplaint(input: $input) {\n      case {\n        version\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eResolveComplaintMutation($input: ResolveComplaintInput!) {\n    resolveComplaint(input: $input) {\n      case {\n        version\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eCaseMessagesQuery($id: ID!) {\n    case(id: $id) {\n      messages {\n        template\n        body\n      }\n      satisfaction {\n        score\n        comment\n      }\n    }\n  }\n"): (typeof documents)["\n  query E2eCaseMessagesQuery($id: ID!) {\n    case(id: $id) {\n      messages {\n        template\n        body\n      }\n      satisfaction {\n        score\n        comment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eSatisfactionReportQuery($filter: ReportFilter!) {\n    satisfactionReport(filter: $filter) {\n      asked\n      answered\n      responseRate\n    }\n  }\n"): (typeof documents)["\n  query E2eSatisfactionReportQuery($filter: ReportFilter!) {\n    satisfactionReport(filter: $filter) {\n      asked\n      answered\n      responseRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyRow_apiKey on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiKeyRow_apiKey on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysRouteQuery {\n    apiKeys {\n      ...ApiKeyRow_apiKey\n    }\n    apiKeyScopes\n  }\n"): (typeof documents)["\n  query ApiKeysRouteQuery {\n    apiKeys {\n      ...ApiKeyRow_apiKey\n    }\n    apiKeyScopes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKeyMutation($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyRow_apiKey\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKeyMutation($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyRow_apiKey\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKeyMutation($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      ...ApiKeyRow_apiKey\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKeyMutation($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      ...ApiKeyRow_apiKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInRouteQuery {\n    demoPeople {\n      id\n      displayName\n      roles\n    }\n  }\n"): (typeof documents)["\n  query SignInRouteQuery {\n    demoPeople {\n      id\n      displayName\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevSignInMutation($personId: ID!) {\n    devSignIn(personId: $personId) {\n      token\n      person {\n        id\n        displayName\n        roles\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DevSignInMutation($personId: ID!) {\n    devSignIn(personId: $personId) {\n      token\n      person {\n        id\n        displayName\n        roles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinishSignInViewerQuery {\n    viewer {\n      id\n      displayName\n      roles\n    }\n  }\n"): (typeof documents)["\n  query FinishSignInViewerQuery {\n    viewer {\n      id\n      displayName\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClosureDaysRouteQuery($year: Int!) {\n    daysOff(year: $year) {\n      date\n      kind\n      name\n      nameNl\n    }\n  }\n"): (typeof documents)["\n  query ClosureDaysRouteQuery($year: Int!) {\n    daysOff(year: $year) {\n      date\n      kind\n      name\n      nameNl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveClosureDayMutation($input: ClosureDayInput!) {\n    saveClosureDay(input: $input) {\n      date\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation SaveClosureDayMutation($input: ClosureDayInput!) {\n    saveClosureDay(input: $input) {\n      date\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveClosureDayMutation($date: String!) {\n    removeClosureDay(date: $date)\n  }\n"): (typeof documents)["\n  mutation RemoveClosureDayMutation($date: String!) {\n    removeClosureDay(date: $date)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseActionsOptionsQuery {\n    handlers: people(role: HANDLER) {\n      id\n      displayName\n    }\n    relationshipManagers: people(role: RELATIONSHIP_MANAGER) {\n      id\n      displayName\n    }\n    complaintTypes {\n      id\n      name\n      nameNl\n      active\n    }\n    services {\n      id\n      name\n      nameNl\n      active\n    }\n    measures {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  query CaseActionsOptionsQuery {\n    handlers: people(role: HANDLER) {\n      id\n      displayName\n    }\n    relationshipManagers: people(role: RELATIONSHIP_MANAGER) {\n      id\n      displayName\n    }\n    complaintTypes {\n      id\n      name\n      nameNl\n      active\n    }\n    services {\n      id\n      name\n      nameNl\n      active\n    }\n    measures {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseDetail_case on Case {\n    id\n    version\n    registrationNumber\n    kind\n    status\n    outcome\n    outcomeReason\n    receivedAt\n    channel\n    submitterName\n    submitterPhone\n    submitterEmail\n    description\n    measuresTaken\n    satisfaction {\n      askedAt\n      answeredAt\n      score\n      comment\n    }\n    complaintType {\n      id\n      name\n      nameNl\n    }\n    service {\n      id\n      name\n      nameNl\n    }\n    relationshipManager {\n      id\n      displayName\n    }\n    handler {\n      id\n      displayName\n    }\n    viewerCan {\n      actions\n    }\n    events {\n      id\n      type\n      fromStatus\n      toStatus\n      note\n      occurredAt\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseDetail_case on Case {\n    id\n    version\n    registrationNumber\n    kind\n    status\n    outcome\n    outcomeReason\n    receivedAt\n    channel\n    submitterName\n    submitterPhone\n    submitterEmail\n    description\n    measuresTaken\n    satisfaction {\n      askedAt\n      answeredAt\n      score\n      comment\n    }\n    complaintType {\n      id\n      name\n      nameNl\n    }\n    service {\n      id\n      name\n      nameNl\n    }\n    relationshipManager {\n      id\n      displayName\n    }\n    handler {\n      id\n      displayName\n    }\n    viewerCan {\n      actions\n    }\n    events {\n      id\n      type\n      fromStatus\n      toStatus\n      note\n      occurredAt\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetailRouteQuery($id: ID!, $locale: String!) {\n    case(id: $id) {\n      ...CaseDetail_case\n      messageDeliveries {\n        ...MessageDeliveries_delivery\n      }\n      deadlines(locale: $locale) {\n        acknowledgement {\n          dueAt\n          overdue\n          explanation\n        }\n        resolution {\n          dueAt\n          overdue\n          explanation\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseDetailRouteQuery($id: ID!, $locale: String!) {\n    case(id: $id) {\n      ...CaseDetail_case\n      messageDeliveries {\n        ...MessageDeliveries_delivery\n      }\n      deadlines(locale: $locale) {\n        acknowledgement {\n          dueAt\n          overdue\n          explanation\n        }\n        resolution {\n          dueAt\n          overdue\n          explanation\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseTable_case on Case {\n    id\n    registrationNumber\n    kind\n    status\n    receivedAt\n    resolutionDueAt\n    complaintType {\n      id\n      name\n      nameNl\n    }\n    service {\n      id\n      name\n      nameNl\n    }\n  }\n"): (typeof documents)["\n  fragment CaseTable_case on Case {\n    id\n    registrationNumber\n    kind\n    status\n    receivedAt\n    resolutionDueAt\n    complaintType {\n      id\n      name\n      nameNl\n    }\n    service {\n      id\n      name\n      nameNl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesRouteQuery($filter: CaseFilter, $first: Int) {\n    cases(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        ...CaseTable_case\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasesRouteQuery($filter: CaseFilter, $first: Int) {\n    cases(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        ...CaseTable_case\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueRouteQuery {\n    myQueue(first: 100) {\n      totalCount\n      nodes {\n        ...CaseTable_case\n        deadlines {\n          resolution {\n            overdue\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueueRouteQuery {\n    myQueue(first: 100) {\n      totalCount\n      nodes {\n        ...CaseTable_case\n        deadlines {\n          resolution {\n            overdue\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignHandlerMutation($input: AssignHandlerInput!) {\n    assignHandler(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"): (typeof documents)["\n  mutation AssignHandlerMutation($input: AssignHandlerInput!) {\n    assignHandler(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseStep_payload on CasePayload {\n    case {\n      ...CaseDetail_case\n    }\n  }\n"): (typeof documents)["\n  fragment CaseStep_payload on CasePayload {\n    case {\n      ...CaseDetail_case\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCaseMutation($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"): (typeof documents)["\n  mutation CloseCaseMutation($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsiderSuggestionMutation($input: CaseStepInput!) {\n    considerSuggestion(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"): (typeof documents)["\n  mutation ConsiderSuggestionMutation($input: CaseStepInput!) {\n    considerSuggestion(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideComplaintMutation($input: DecideComplaintInput!) {\n    decideComplaint(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"): (typeof documents)["\n  mutation DecideComplaintMutation($input: DecideComplaintInput!) {\n    decideComplaint(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendDeadlineMutation($input: ExtendDeadlineInput!) {\n    extendDeadline(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendDeadlineMutation($input: ExtendDeadlineInput!) {\n    extendDeadline(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PassOnComplimentMutation($input: PassOnComplimentInput!) {\n    passOnCompliment(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"): (typeof documents)["\n  mutation PassOnComplimentMutation($input: PassOnComplimentInput!) {\n    passOnCompliment(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignRelationshipManagerMutation($input: ReassignRelationshipManagerInput!) {\n    reassignRelationshipManager(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"): (typeof documents)["\n  mutation ReassignRelationshipManagerMutation($input: ReassignRelationshipManagerInput!) {\n    reassignRelationshipManager(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiveInformationMutation($input: CaseStepInput!) {\n    receiveInformation(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"): (typeof documents)["\n  mutation ReceiveInformationMutation($input: CaseStepInput!) {\n    receiveInformation(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReclassifyCaseMutation($input: ReclassifyCaseInput!) {\n    reclassifyCase(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"): (typeof documents)["\n  mutation ReclassifyCaseMutation($input: ReclassifyCaseInput!) {\n    reclassifyCase(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenCaseMutation($input: ReopenCaseInput!) {\n    reopenCase(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenCaseMutation($input: ReopenCaseInput!) {\n    reopenCase(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestInformationMutation($input: RequestInformationInput!) {\n    requestInformation(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"): (typeof documents)["\n  mutation RequestInformationMutation($input: RequestInformationInput!) {\n    requestInformation(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveComplaintMutation($input: ResolveComplaintInput!) {\n    resolveComplaint(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveComplaintMutation($input: ResolveComplaintInput!) {\n    resolveComplaint(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToSuggestionMutation($input: RespondToSuggestionInput!) {\n    respondToSuggestion(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToSuggestionMutation($input: RespondToSuggestionInput!) {\n    respondToSuggestion(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartWorkMutation($input: CaseStepInput!) {\n    startWork(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"): (typeof documents)["\n  mutation StartWorkMutation($input: CaseStepInput!) {\n    startWork(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeTriageMutation($input: CaseStepInput!) {\n    takeTriage(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"): (typeof documents)["\n  mutation TakeTriageMutation($input: CaseStepInput!) {\n    takeTriage(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawCaseMutation($input: CaseStepInput!) {\n    withdrawCase(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawCaseMutation($input: CaseStepInput!) {\n    withdrawCase(input: $input) {\n      ...CaseStep_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintTypeRow_complaintType on ComplaintType {\n    id\n    code\n    name\n    nameNl\n    active\n    leadTimeWorkingDays\n    versions {\n      id\n      version\n      leadTimeWorkingDays\n      pausesClockOnInformationRequest\n      validFrom\n      validTo\n    }\n  }\n"): (typeof documents)["\n  fragment ComplaintTypeRow_complaintType on ComplaintType {\n    id\n    code\n    name\n    nameNl\n    active\n    leadTimeWorkingDays\n    versions {\n      id\n      version\n      leadTimeWorkingDays\n      pausesClockOnInformationRequest\n      validFrom\n      validTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintTypesRouteQuery {\n    complaintTypes {\n      ...ComplaintTypeRow_complaintType\n    }\n  }\n"): (typeof documents)["\n  query ComplaintTypesRouteQuery {\n    complaintTypes {\n      ...ComplaintTypeRow_complaintType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceRow_service on Service {\n    id\n    code\n    name\n    nameNl\n    active\n  }\n"): (typeof documents)["\n  fragment ServiceRow_service on Service {\n    id\n    code\n    name\n    nameNl\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServicesRouteQuery {\n    services {\n      ...ServiceRow_service\n    }\n  }\n"): (typeof documents)["\n  query ServicesRouteQuery {\n    services {\n      ...ServiceRow_service\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveComplaintTypeMutation($input: SaveComplaintTypeInput!) {\n    saveComplaintType(input: $input) {\n      ...ComplaintTypeRow_complaintType\n    }\n  }\n"): (typeof documents)["\n  mutation SaveComplaintTypeMutation($input: SaveComplaintTypeInput!) {\n    saveComplaintType(input: $input) {\n      ...ComplaintTypeRow_complaintType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveServiceMutation($input: SaveServiceInput!) {\n    saveService(input: $input) {\n      ...ServiceRow_service\n    }\n  }\n"): (typeof documents)["\n  mutation SaveServiceMutation($input: SaveServiceInput!) {\n    saveService(input: $input) {\n      ...ServiceRow_service\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardFiltersQuery {\n    services {\n      id\n      name\n      nameNl\n      active\n    }\n    complaintTypes {\n      id\n      name\n      nameNl\n      active\n    }\n    organisationUnits {\n      id\n      name\n      active\n    }\n  }\n"): (typeof documents)["\n  query DashboardFiltersQuery {\n    services {\n      id\n      name\n      nameNl\n      active\n    }\n    complaintTypes {\n      id\n      name\n      nameNl\n      active\n    }\n    organisationUnits {\n      id\n      name\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplimentsWidgetQuery($filter: ReportFilter!) {\n    compliments(filter: $filter) {\n      csv\n      suppressedCells\n      byService {\n        key\n        label\n        labelNl\n        compliments\n        complaints\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComplimentsWidgetQuery($filter: ReportFilter!) {\n    compliments(filter: $filter) {\n      csv\n      suppressedCells\n      byService {\n        key\n        label\n        labelNl\n        compliments\n        complaints\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadTimeWidgetQuery($complaints: ReportFilter!) {\n    leadTimePerformance(filter: $complaints, groupBy: COMPLAINT_TYPE) {\n      csv\n      suppressedCells\n      total {\n        cases\n        acknowledgedInTime\n        resolvedWithinAgreedDeadline\n        medianWorkingDays\n        p90WorkingDays\n        openPastDeadline\n        extensions\n        extensionsInformedInTime\n      }\n      rows {\n        key\n        label\n        cases\n        acknowledgedInTime\n        resolvedWithinAgreedDeadline\n        medianWorkingDays\n        p90WorkingDays\n        openPastDeadline\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadTimeWidgetQuery($complaints: ReportFilter!) {\n    leadTimePerformance(filter: $complaints, groupBy: COMPLAINT_TYPE) {\n      csv\n      suppressedCells\n      total {\n        cases\n        acknowledgedInTime\n        resolvedWithinAgreedDeadline\n        medianWorkingDays\n        p90WorkingDays\n        openPastDeadline\n        extensions\n        extensionsInformedInTime\n      }\n      rows {\n        key\n        label\n        cases\n        acknowledgedInTime\n        resolvedWithinAgreedDeadline\n        medianWorkingDays\n        p90WorkingDays\n        openPastDeadline\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasuresWidgetQuery {\n    measures {\n      id\n      title\n      status\n      implementedOn\n      targetComplaintType {\n        id\n        name\n        nameNl\n      }\n      targetService {\n        id\n        name\n        nameNl\n      }\n      effect {\n        enoughData\n        reason\n        rateRatio\n        lower95\n        upper95\n        countBefore\n        countAfter\n        beforeFrom\n        afterTo\n        windowDays\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeasuresWidgetQuery {\n    measures {\n      id\n      title\n      status\n      implementedOn\n      targetComplaintType {\n        id\n        name\n        nameNl\n      }\n      targetService {\n        id\n        name\n        nameNl\n      }\n      effect {\n        enoughData\n        reason\n        rateRatio\n        lower95\n        upper95\n        countBefore\n        countAfter\n        beforeFrom\n        afterTo\n        windowDays\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomesWidgetQuery($filter: ReportFilter!) {\n    outcomes(filter: $filter) {\n      csv\n      complaints {\n        outcome\n        count\n      }\n      complaintsUndecided\n      suggestionsAdopted\n      suggestionsDeclined\n      suggestionsOpen\n    }\n  }\n"): (typeof documents)["\n  query OutcomesWidgetQuery($filter: ReportFilter!) {\n    outcomes(filter: $filter) {\n      csv\n      complaints {\n        outcome\n        count\n      }\n      complaintsUndecided\n      suggestionsAdopted\n      suggestionsDeclined\n      suggestionsOpen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecurringWidgetQuery($recent: ReportFilter!) {\n    recurringComplaintTypes(filter: $recent) {\n      csv\n      baselinePeriods\n      suppressedCells\n      types {\n        complaintTypeId\n        label\n        labelNl\n        currentCount\n        baselineRate\n        statistic\n        pValue\n        qValue\n        model\n        flagged\n        hasMeasure\n        recurringAfterEvaluatedMeasure\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecurringWidgetQuery($recent: ReportFilter!) {\n    recurringComplaintTypes(filter: $recent) {\n      csv\n      baselinePeriods\n      suppressedCells\n      types {\n        complaintTypeId\n        label\n        labelNl\n        currentCount\n        baselineRate\n        statistic\n        pValue\n        qValue\n        model\n        flagged\n        hasMeasure\n        recurringAfterEvaluatedMeasure\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SatisfactionWidgetQuery($filter: ReportFilter!) {\n    satisfactionReport(filter: $filter) {\n      csv\n      suppressedCells\n      ...SatisfactionTables_report\n    }\n  }\n"): (typeof documents)["\n  query SatisfactionWidgetQuery($filter: ReportFilter!) {\n    satisfactionReport(filter: $filter) {\n      csv\n      suppressedCells\n      ...SatisfactionTables_report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TilesWidgetQuery(\n    $filter: ReportFilter!\n    $complaints: ReportFilter!\n    $previous: ReportFilter!\n    $previousComplaints: ReportFilter!\n  ) {\n    volumeTrend(filter: $filter) {\n      total\n      changeVsPreviousPeriod\n      backlog {\n        label\n        count\n      }\n    }\n    previousVolume: volumeTrend(filter: $previous) {\n      total\n      backlog {\n        label\n        count\n      }\n    }\n    leadTimePerformance(filter: $complaints) {\n      total {\n        openPastDeadline\n        resolvedWithinAgreedDeadline\n      }\n    }\n    previousLeadTime: leadTimePerformance(filter: $previousComplaints) {\n      total {\n        openPastDeadline\n        resolvedWithinAgreedDeadline\n      }\n    }\n    compliments(filter: $filter) {\n      total\n    }\n    previousCompliments: compliments(filter: $previous) {\n      total\n    }\n  }\n"): (typeof documents)["\n  query TilesWidgetQuery(\n    $filter: ReportFilter!\n    $complaints: ReportFilter!\n    $previous: ReportFilter!\n    $previousComplaints: ReportFilter!\n  ) {\n    volumeTrend(filter: $filter) {\n      total\n      changeVsPreviousPeriod\n      backlog {\n        label\n        count\n      }\n    }\n    previousVolume: volumeTrend(filter: $previous) {\n      total\n      backlog {\n        label\n        count\n      }\n    }\n    leadTimePerformance(filter: $complaints) {\n      total {\n        openPastDeadline\n        resolvedWithinAgreedDeadline\n      }\n    }\n    previousLeadTime: leadTimePerformance(filter: $previousComplaints) {\n      total {\n        openPastDeadline\n        resolvedWithinAgreedDeadline\n      }\n    }\n    compliments(filter: $filter) {\n      total\n    }\n    previousCompliments: compliments(filter: $previous) {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrendWidgetQuery($complaints: ReportFilter!) {\n    volumeTrend(filter: $complaints) {\n      buckets\n      suppressedCells\n      csv\n      byComplaintType {\n        key\n        label\n        labelNl\n        counts\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrendWidgetQuery($complaints: ReportFilter!) {\n    volumeTrend(filter: $complaints) {\n      buckets\n      suppressedCells\n      csv\n      byComplaintType {\n        key\n        label\n        labelNl\n        counts\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportCasesMutation($input: ImportCasesInput!) {\n    importCases(input: $input) {\n      imported\n      acceptedCount\n      refusedCount\n      registrationNumbers\n      problems {\n        row\n        field\n        reason\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportCasesMutation($input: ImportCasesInput!) {\n    importCases(input: $input) {\n      imported\n      acceptedCount\n      refusedCount\n      registrationNumbers\n      problems {\n        row\n        field\n        reason\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeRouteQuery {\n    services {\n      id\n      name\n      nameNl\n      active\n    }\n    complaintTypes {\n      id\n      name\n      nameNl\n      active\n    }\n  }\n"): (typeof documents)["\n  query IntakeRouteQuery {\n    services {\n      id\n      name\n      nameNl\n      active\n    }\n    complaintTypes {\n      id\n      name\n      nameNl\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySubmissionsRouteQuery {\n    myCases {\n      ...CaseTable_case\n    }\n  }\n"): (typeof documents)["\n  query MySubmissionsRouteQuery {\n    myCases {\n      ...CaseTable_case\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitFeedbackMutation($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      registrationNumber\n      acknowledgementDueAt\n      resolutionDueAt\n      replayed\n      case {\n        id\n        kind\n        status\n        receivedAt\n        resolutionDueAt\n        registrationNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitFeedbackMutation($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      registrationNumber\n      acknowledgementDueAt\n      resolutionDueAt\n      replayed\n      case {\n        id\n        kind\n        status\n        receivedAt\n        resolutionDueAt\n        registrationNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkCasesSearchQuery($filter: CaseFilter!, $first: Int) {\n    cases(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        registrationNumber\n        status\n        receivedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query LinkCasesSearchQuery($filter: CaseFilter!, $first: Int) {\n    cases(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        registrationNumber\n        status\n        receivedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureDetail_measure on PreventiveMeasure {\n    ...MeasureCard_measure\n    expectedEffect\n    communicatedOn\n    evaluationNote\n    viewerCan {\n      update\n      implement\n      evaluate\n      cancel\n    }\n    effect {\n      ...MeasureEffect_effect\n    }\n    linkedCases {\n      ...CaseTable_case\n    }\n    messageDeliveries {\n      ...MessageDeliveries_delivery\n    }\n    history {\n      id\n      type\n      fromStatus\n      toStatus\n      note\n      occurredAt\n    }\n  }\n"): (typeof documents)["\n  fragment MeasureDetail_measure on PreventiveMeasure {\n    ...MeasureCard_measure\n    expectedEffect\n    communicatedOn\n    evaluationNote\n    viewerCan {\n      update\n      implement\n      evaluate\n      cancel\n    }\n    effect {\n      ...MeasureEffect_effect\n    }\n    linkedCases {\n      ...CaseTable_case\n    }\n    messageDeliveries {\n      ...MessageDeliveries_delivery\n    }\n    history {\n      id\n      type\n      fromStatus\n      toStatus\n      note\n      occurredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasureDetailRouteQuery($id: ID!) {\n    measure(id: $id) {\n      ...MeasureDetail_measure\n    }\n  }\n"): (typeof documents)["\n  query MeasureDetailRouteQuery($id: ID!) {\n    measure(id: $id) {\n      ...MeasureDetail_measure\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureEffect_effect on MeasureEffect {\n    enoughData\n    reason\n    rateRatio\n    lower95\n    upper95\n    countBefore\n    countAfter\n    windowDays\n    beforeFrom\n    afterTo\n    interpretation\n  }\n"): (typeof documents)["\n  fragment MeasureEffect_effect on MeasureEffect {\n    enoughData\n    reason\n    rateRatio\n    lower95\n    upper95\n    countBefore\n    countAfter\n    windowDays\n    beforeFrom\n    afterTo\n    interpretation\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureCard_measure on PreventiveMeasure {\n    id\n    version\n    title\n    description\n    status\n    proposedAt\n    implementedOn\n    evaluatedOn\n    targetComplaintType {\n      id\n      name\n      nameNl\n    }\n    targetService {\n      id\n      name\n      nameNl\n    }\n    owner {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment MeasureCard_measure on PreventiveMeasure {\n    id\n    version\n    title\n    description\n    status\n    proposedAt\n    implementedOn\n    evaluatedOn\n    targetComplaintType {\n      id\n      name\n      nameNl\n    }\n    targetService {\n      id\n      name\n      nameNl\n    }\n    owner {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasuresRouteQuery($complaintTypeId: ID, $status: MeasureStatus) {\n    measures(complaintTypeId: $complaintTypeId, status: $status) {\n      ...MeasureCard_measure\n    }\n  }\n"): (typeof documents)["\n  query MeasuresRouteQuery($complaintTypeId: ID, $status: MeasureStatus) {\n    measures(complaintTypeId: $complaintTypeId, status: $status) {\n      ...MeasureCard_measure\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasuresOptionsQuery {\n    complaintTypes {\n      id\n      name\n      nameNl\n      active\n    }\n    services {\n      id\n      name\n      nameNl\n      active\n    }\n  }\n"): (typeof documents)["\n  query MeasuresOptionsQuery {\n    complaintTypes {\n      id\n      name\n      nameNl\n      active\n    }\n    services {\n      id\n      name\n      nameNl\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeasureMutation($input: MeasureStepInput!) {\n    cancelMeasure(input: $input) {\n      measure {\n        ...MeasureDetail_measure\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMeasureMutation($input: MeasureStepInput!) {\n    cancelMeasure(input: $input) {\n      measure {\n        ...MeasureDetail_measure\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvaluateMeasureMutation($input: EvaluateMeasureInput!) {\n    evaluateMeasure(input: $input) {\n      measure {\n        ...MeasureDetail_measure\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvaluateMeasureMutation($input: EvaluateMeasureInput!) {\n    evaluateMeasure(input: $input) {\n      measure {\n        ...MeasureDetail_measure\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImplementMeasureMutation($input: ImplementMeasureInput!) {\n    implementMeasure(input: $input) {\n      measure {\n        ...MeasureDetail_measure\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImplementMeasureMutation($input: ImplementMeasureInput!) {\n    implementMeasure(input: $input) {\n      measure {\n        ...MeasureDetail_measure\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkCasesToMeasureMutation($input: LinkCasesToMeasureInput!) {\n    linkCasesToMeasure(input: $input) {\n      measure {\n        ...MeasureDetail_measure\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LinkCasesToMeasureMutation($input: LinkCasesToMeasureInput!) {\n    linkCasesToMeasure(input: $input) {\n      measure {\n        ...MeasureDetail_measure\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeMeasureMutation($input: ProposeMeasureInput!) {\n    proposeMeasure(input: $input) {\n      measure {\n        ...MeasureCard_measure\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeMeasureMutation($input: ProposeMeasureInput!) {\n    proposeMeasure(input: $input) {\n      measure {\n        ...MeasureCard_measure\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeasureMutation($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) {\n      measure {\n        ...MeasureDetail_measure\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeasureMutation($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) {\n      measure {\n        ...MeasureDetail_measure\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailboxRouteQuery {\n    devMailbox(first: 100) {\n      id\n      recipients\n      subject\n      text\n      html\n      deliveredAt\n    }\n  }\n"): (typeof documents)["\n  query MailboxRouteQuery {\n    devMailbox(first: 100) {\n      id\n      recipients\n      subject\n      text\n      html\n      deliveredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageDeliveries_delivery on MessageDelivery {\n    id\n    template\n    recipient\n    status\n    createdAt\n    sentAt\n  }\n"): (typeof documents)["\n  fragment MessageDeliveries_delivery on MessageDelivery {\n    id\n    template\n    recipient\n    status\n    createdAt\n    sentAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutboxRow_message on OutboxMessage {\n    id\n    caseId\n    registrationNumber\n    template\n    recipient\n    status\n    attempts\n    createdAt\n    sentAt\n    lastError\n  }\n"): (typeof documents)["\n  fragment OutboxRow_message on OutboxMessage {\n    id\n    caseId\n    registrationNumber\n    template\n    recipient\n    status\n    attempts\n    createdAt\n    sentAt\n    lastError\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxRouteQuery($status: DeliveryStatus) {\n    outboxMessages(status: $status, first: 200) {\n      ...OutboxRow_message\n    }\n  }\n"): (typeof documents)["\n  query OutboxRouteQuery($status: DeliveryStatus) {\n    outboxMessages(status: $status, first: 200) {\n      ...OutboxRow_message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendOutboxMessageMutation($input: ResendOutboxMessageInput!) {\n    resendOutboxMessage(input: $input) {\n      message {\n        ...OutboxRow_message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResendOutboxMessageMutation($input: ResendOutboxMessageInput!) {\n    resendOutboxMessage(input: $input) {\n      message {\n        ...OutboxRow_message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonRow_person on Person {\n    id\n    displayName\n    email\n    phone\n    roles\n    active\n    organisationUnit {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PersonRow_person on Person {\n    id\n    displayName\n    email\n    phone\n    roles\n    active\n    organisationUnit {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleRouteQuery($role: Role!) {\n    people(role: $role) {\n      ...PersonRow_person\n    }\n    organisationUnits {\n      id\n      name\n      active\n    }\n  }\n"): (typeof documents)["\n  query PeopleRouteQuery($role: Role!) {\n    people(role: $role) {\n      ...PersonRow_person\n    }\n    organisationUnits {\n      id\n      name\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitRow_organisationUnit on OrganisationUnit {\n    id\n    code\n    name\n    active\n    relationshipManager {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment UnitRow_organisationUnit on OrganisationUnit {\n    id\n    code\n    name\n    active\n    relationshipManager {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsRouteQuery {\n    organisationUnits {\n      ...UnitRow_organisationUnit\n    }\n    people(role: RELATIONSHIP_MANAGER) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query UnitsRouteQuery {\n    organisationUnits {\n      ...UnitRow_organisationUnit\n    }\n    people(role: RELATIONSHIP_MANAGER) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveOrganisationUnitMutation($input: SaveOrganisationUnitInput!) {\n    saveOrganisationUnit(input: $input) {\n      ...UnitRow_organisationUnit\n    }\n  }\n"): (typeof documents)["\n  mutation SaveOrganisationUnitMutation($input: SaveOrganisationUnitInput!) {\n    saveOrganisationUnit(input: $input) {\n      ...UnitRow_organisationUnit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePersonMutation($input: SavePersonInput!) {\n    savePerson(input: $input) {\n      ...PersonRow_person\n    }\n  }\n"): (typeof documents)["\n  mutation SavePersonMutation($input: SavePersonInput!) {\n    savePerson(input: $input) {\n      ...PersonRow_person\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnualReportRouteQuery($year: Int!) {\n    annualReport(year: $year) {\n      year\n      complaints\n      suggestions\n      compliments\n      outcomes {\n        csv\n        complaints {\n          outcome\n          count\n        }\n        complaintsUndecided\n        suggestionsAdopted\n        suggestionsDeclined\n      }\n      timeliness {\n        csv\n        total {\n          cases\n          acknowledgedInTime\n          resolvedWithinOriginalDeadline\n          resolvedWithinAgreedDeadline\n          extensions\n          extensionsInformedInTime\n          medianWorkingDays\n        }\n        rows {\n          label\n          cases\n          resolvedWithinAgreedDeadline\n          medianWorkingDays\n        }\n      }\n      measures {\n        title\n        complaintType\n        status\n        implementedOn\n        effect\n      }\n      satisfaction {\n        csv\n        ...SatisfactionTables_report\n      }\n      complimentsByService {\n        csv\n        byService {\n          label\n          labelNl\n          compliments\n          complaints\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnnualReportRouteQuery($year: Int!) {\n    annualReport(year: $year) {\n      year\n      complaints\n      suggestions\n      compliments\n      outcomes {\n        csv\n        complaints {\n          outcome\n          count\n        }\n        complaintsUndecided\n        suggestionsAdopted\n        suggestionsDeclined\n      }\n      timeliness {\n        csv\n        total {\n          cases\n          acknowledgedInTime\n          resolvedWithinOriginalDeadline\n          resolvedWithinAgreedDeadline\n          extensions\n          extensionsInformedInTime\n          medianWorkingDays\n        }\n        rows {\n          label\n          cases\n          resolvedWithinAgreedDeadline\n          medianWorkingDays\n        }\n      }\n      measures {\n        title\n        complaintType\n        status\n        implementedOn\n        effect\n      }\n      satisfaction {\n        csv\n        ...SatisfactionTables_report\n      }\n      complimentsByService {\n        csv\n        byService {\n          label\n          labelNl\n          compliments\n          complaints\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SatisfactionRouteQuery($token: String!) {\n    satisfactionLink(token: $token) {\n      state\n    }\n  }\n"): (typeof documents)["\n  query SatisfactionRouteQuery($token: String!) {\n    satisfactionLink(token: $token) {\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SatisfactionTables_row on SatisfactionRow {\n    key\n    label\n    labelNl\n    asked\n    answered\n    responseRate\n    averageScore\n  }\n"): (typeof documents)["\n  fragment SatisfactionTables_row on SatisfactionRow {\n    key\n    label\n    labelNl\n    asked\n    answered\n    responseRate\n    averageScore\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SatisfactionTables_report on SatisfactionReport {\n    buckets\n    askedByBucket\n    answeredByBucket\n    averageByBucket\n    asked\n    answered\n    responseRate\n    averageScore\n    byService {\n      ...SatisfactionTables_row\n    }\n    byComplaintType {\n      ...SatisfactionTables_row\n    }\n  }\n"): (typeof documents)["\n  fragment SatisfactionTables_report on SatisfactionReport {\n    buckets\n    askedByBucket\n    answeredByBucket\n    averageByBucket\n    asked\n    answered\n    responseRate\n    averageScore\n    byService {\n      ...SatisfactionTables_row\n    }\n    byComplaintType {\n      ...SatisfactionTables_row\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerSatisfactionMutation($input: AnswerSatisfactionInput!) {\n    answerSatisfaction(input: $input) {\n      answered\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerSatisfactionMutation($input: AnswerSatisfactionInput!) {\n    answerSatisfaction(input: $input) {\n      answered\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SettingsForm_settings on OrganisationSettings {\n    liberationDayIsHoliday\n    minimumReportCellSize\n    relationshipManagerScope\n    defaultLanguage\n    askSatisfaction\n    publicUrl\n  }\n"): (typeof documents)["\n  fragment SettingsForm_settings on OrganisationSettings {\n    liberationDayIsHoliday\n    minimumReportCellSize\n    relationshipManagerScope\n    defaultLanguage\n    askSatisfaction\n    publicUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsRouteQuery {\n    settings {\n      ...SettingsForm_settings\n    }\n  }\n"): (typeof documents)["\n  query SettingsRouteQuery {\n    settings {\n      ...SettingsForm_settings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSettingsMutation($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      ...SettingsForm_settings\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSettingsMutation($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      ...SettingsForm_settings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminChangesSectionQuery($first: Int!, $after: String, $entityType: AdminEntityType) {\n    adminEvents(first: $first, after: $after, entityType: $entityType) {\n      nodes {\n        id\n        occurredAt\n        channel\n        entityType\n        entityId\n        action\n        actor {\n          id\n          displayName\n        }\n        changes {\n          field\n          from\n          to\n        }\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): (typeof documents)["\n  query AdminChangesSectionQuery($first: Int!, $after: String, $entityType: AdminEntityType) {\n    adminEvents(first: $first, after: $after, entityType: $entityType) {\n      nodes {\n        id\n        occurredAt\n        channel\n        entityType\n        entityId\n        action\n        actor {\n          id\n          displayName\n        }\n        changes {\n          field\n          from\n          to\n        }\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalDataReadsSectionQuery($first: Int!, $after: String, $caseId: ID, $personId: ID, $apiKeyId: ID) {\n    personalDataReads(first: $first, after: $after, caseId: $caseId, personId: $personId, apiKeyId: $apiKeyId) {\n      nodes {\n        id\n        readAt\n        readerApiKeyId\n        readerApiKeyName\n        reader {\n          id\n          displayName\n        }\n        case {\n          id\n          registrationNumber\n        }\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): (typeof documents)["\n  query PersonalDataReadsSectionQuery($first: Int!, $after: String, $caseId: ID, $personId: ID, $apiKeyId: ID) {\n    personalDataReads(first: $first, after: $after, caseId: $caseId, personId: $personId, apiKeyId: $apiKeyId) {\n      nodes {\n        id\n        readAt\n        readerApiKeyId\n        readerApiKeyName\n        reader {\n          id\n          displayName\n        }\n        case {\n          id\n          registrationNumber\n        }\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationLanguageQuery {\n    settings {\n      defaultLanguage\n    }\n  }\n"): (typeof documents)["\n  query OrganisationLanguageQuery {\n    settings {\n      defaultLanguage\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;