import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ReopenCaseInput } from '../../../gql/graphql';
import { CASE_STEP_REFETCH, useCaseStep, type CaseStepMutation } from './useCaseStep';

const ReopenCaseMutation = graphql(`
  mutation ReopenCaseMutation($input: ReopenCaseInput!) {
    reopenCase(input: $input) {
      ...CaseStep_payload
    }
  }
`);

/** Reopens a resolved or closed case, with the reason. */
export function useReopenCaseMutation(): CaseStepMutation<ReopenCaseInput> {
  const [mutate, { loading }] = useMutation(ReopenCaseMutation, CASE_STEP_REFETCH);
  return useCaseStep((input: ReopenCaseInput) => mutate({ variables: { input } }), loading);
}
