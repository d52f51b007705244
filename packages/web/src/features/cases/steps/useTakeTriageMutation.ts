import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { CaseStepInput } from '../../../gql/graphql';
import { CASE_STEP_REFETCH, useCaseStep, type CaseStepMutation } from './useCaseStep';

const TakeTriageMutation = graphql(`
  mutation TakeTriageMutation($input: CaseStepInput!) {
    takeTriage(input: $input) {
      ...CaseStep_payload
    }
  }
`);

/** A relationship manager takes the received case into triage. */
export function useTakeTriageMutation(): CaseStepMutation<CaseStepInput> {
  const [mutate, { loading }] = useMutation(TakeTriageMutation, CASE_STEP_REFETCH);
  return useCaseStep((input: CaseStepInput) => mutate({ variables: { input } }), loading);
}
