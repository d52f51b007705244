import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { CaseStepInput } from '../../../gql/graphql';
import { CASE_STEP_REFETCH, useCaseStep, type CaseStepMutation } from './useCaseStep';

const WithdrawCaseMutation = graphql(`
  mutation WithdrawCaseMutation($input: CaseStepInput!) {
    withdrawCase(input: $input) {
      ...CaseStep_payload
    }
  }
`);

/** Withdraws the case while it is still open. */
export function useWithdrawCaseMutation(): CaseStepMutation<CaseStepInput> {
  const [mutate, { loading }] = useMutation(WithdrawCaseMutation, CASE_STEP_REFETCH);
  return useCaseStep((input: CaseStepInput) => mutate({ variables: { input } }), loading);
}
