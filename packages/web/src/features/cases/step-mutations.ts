import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../../gql';

// Every step returns the case with its new version; CaseDetail_case refreshes the page through the cache.
graphql(`
  fragment CaseStep_payload on CasePayload {
    case { ...CaseDetail_case }
  }
`);

const STEP_DOCUMENTS = {
  takeTriage: graphql(`mutation TakeTriageMutation($input: CaseStepInput!) { takeTriage(input: $input) { ...CaseStep_payload } }`),
  reassignRelationshipManager: graphql(`mutation ReassignRelationshipManagerMutation($input: ReassignRelationshipManagerInput!) { reassignRelationshipManager(input: $input) { ...CaseStep_payload } }`),
  decideComplaint: graphql(`mutation DecideComplaintMutation($input: DecideComplaintInput!) { decideComplaint(input: $input) { ...CaseStep_payload } }`),
  assignHandler: graphql(`mutation AssignHandlerMutation($input: AssignHandlerInput!) { assignHandler(input: $input) { ...CaseStep_payload } }`),
  startWork: graphql(`mutation StartWorkMutation($input: CaseStepInput!) { startWork(input: $input) { ...CaseStep_payload } }`),
  requestInformation: graphql(`mutation RequestInformationMutation($input: RequestInformationInput!) { requestInformation(input: $input) { ...CaseStep_payload } }`),
  receiveInformation: graphql(`mutation ReceiveInformationMutation($input: CaseStepInput!) { receiveInformation(input: $input) { ...CaseStep_payload } }`),
  extendDeadline: graphql(`mutation ExtendDeadlineMutation($input: ExtendDeadlineInput!) { extendDeadline(input: $input) { ...CaseStep_payload } }`),
  resolveComplaint: graphql(`mutation ResolveComplaintMutation($input: ResolveComplaintInput!) { resolveComplaint(input: $input) { ...CaseStep_payload } }`),
  closeCase: graphql(`mutation CloseCaseMutation($input: CloseCaseInput!) { closeCase(input: $input) { ...CaseStep_payload } }`),
  withdrawCase: graphql(`mutation WithdrawCaseMutation($input: CaseStepInput!) { withdrawCase(input: $input) { ...CaseStep_payload } }`),
  reopenCase: graphql(`mutation ReopenCaseMutation($input: ReopenCaseInput!) { reopenCase(input: $input) { ...CaseStep_payload } }`),
  reclassifyCase: graphql(`mutation ReclassifyCaseMutation($input: ReclassifyCaseInput!) { reclassifyCase(input: $input) { ...CaseStep_payload } }`),
  considerSuggestion: graphql(`mutation ConsiderSuggestionMutation($input: CaseStepInput!) { considerSuggestion(input: $input) { ...CaseStep_payload } }`),
  respondToSuggestion: graphql(`mutation RespondToSuggestionMutation($input: RespondToSuggestionInput!) { respondToSuggestion(input: $input) { ...CaseStep_payload } }`),
  passOnCompliment: graphql(`mutation PassOnComplimentMutation($input: PassOnComplimentInput!) { passOnCompliment(input: $input) { ...CaseStep_payload } }`),
};

export type StepMutation = keyof typeof STEP_DOCUMENTS;

/**
 * The typed document of a step. The step forms are data (step-forms.ts), so here the input is
 * loosened to a record: the server validates every field and answers with coded errors.
 */
export function stepDocument(mutation: string): TypedDocumentNode<Record<string, unknown>, { input: Record<string, unknown> }> {
  const document = STEP_DOCUMENTS[mutation as StepMutation];
  if (!document) throw new Error(`Unknown step ${mutation}`);
  return document as unknown as TypedDocumentNode<Record<string, unknown>, { input: Record<string, unknown> }>;
}
