import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { CaseStepInput } from '../../../gql/graphql';
import { CASE_STEP_REFETCH, useCaseStep, type CaseStepMutation } from './useCaseStep';

const StartWorkMutation = graphql(`
  mutation StartWorkMutation($input: CaseStepInput!) {
    startWork(input: $input) {
      ...CaseStep_payload
    }
  }
`);

/** The handler starts work on an assigned complaint. */
export function useStartWorkMutation(): CaseStepMutation<CaseStepInput> {
  const [mutate, { loading }] = useMutation(StartWorkMutation, CASE_STEP_REFETCH);
  return useCaseStep((input: CaseStepInput) => mutate({ variables: { input } }), loading);
}
