import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { CloseCaseInput } from '../../../gql/graphql';
import { CASE_STEP_REFETCH, useCaseStep, type CaseStepMutation } from './useCaseStep';

const CloseCaseMutation = graphql(`
  mutation CloseCaseMutation($input: CloseCaseInput!) {
    closeCase(input: $input) {
      ...CaseStep_payload
    }
  }
`);

/** Closes the case after evaluation: the preventive measures it prompted, or why none is needed. */
export function useCloseCaseMutation(): CaseStepMutation<CloseCaseInput> {
  const [mutate, { loading }] = useMutation(CloseCaseMutation, CASE_STEP_REFETCH);
  return useCaseStep((input: CloseCaseInput) => mutate({ variables: { input } }), loading);
}
