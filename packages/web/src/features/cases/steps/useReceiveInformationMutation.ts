import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { CaseStepInput } from '../../../gql/graphql';
import { CASE_STEP_REFETCH, useCaseStep, type CaseStepMutation } from './useCaseStep';

const ReceiveInformationMutation = graphql(`
  mutation ReceiveInformationMutation($input: CaseStepInput!) {
    receiveInformation(input: $input) {
      ...CaseStep_payload
    }
  }
`);

/** Records that the asked information arrived, so the lead time runs again. */
export function useReceiveInformationMutation(): CaseStepMutation<CaseStepInput> {
  const [mutate, { loading }] = useMutation(ReceiveInformationMutation, CASE_STEP_REFETCH);
  return useCaseStep((input: CaseStepInput) => mutate({ variables: { input } }), loading);
}
