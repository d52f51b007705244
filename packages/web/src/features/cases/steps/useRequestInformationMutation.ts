import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { RequestInformationInput } from '../../../gql/graphql';
import { CASE_STEP_REFETCH, useCaseStep, type CaseStepMutation } from './useCaseStep';

const RequestInformationMutation = graphql(`
  mutation RequestInformationMutation($input: RequestInformationInput!) {
    requestInformation(input: $input) {
      ...CaseStep_payload
    }
  }
`);

/** Asks the submitter for information; the lead time pauses until it arrives. */
export function useRequestInformationMutation(): CaseStepMutation<RequestInformationInput> {
  const [mutate, { loading }] = useMutation(RequestInformationMutation, CASE_STEP_REFETCH);
  return useCaseStep((input: RequestInformationInput) => mutate({ variables: { input } }), loading);
}
