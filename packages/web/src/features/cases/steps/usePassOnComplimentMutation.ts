import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { PassOnComplimentInput } from '../../../gql/graphql';
import { CASE_STEP_REFETCH, useCaseStep, type CaseStepMutation } from './useCaseStep';

const PassOnComplimentMutation = graphql(`
  mutation PassOnComplimentMutation($input: PassOnComplimentInput!) {
    passOnCompliment(input: $input) {
      ...CaseStep_payload
    }
  }
`);

/** Passes a compliment on to the team or person praised. */
export function usePassOnComplimentMutation(): CaseStepMutation<PassOnComplimentInput> {
  const [mutate, { loading }] = useMutation(PassOnComplimentMutation, CASE_STEP_REFETCH);
  return useCaseStep((input: PassOnComplimentInput) => mutate({ variables: { input } }), loading);
}
