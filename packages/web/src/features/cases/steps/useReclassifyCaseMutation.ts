import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ReclassifyCaseInput } from '../../../gql/graphql';
import { CASE_STEP_REFETCH, useCaseStep, type CaseStepMutation } from './useCaseStep';

const ReclassifyCaseMutation = graphql(`
  mutation ReclassifyCaseMutation($input: ReclassifyCaseInput!) {
    reclassifyCase(input: $input) {
      ...CaseStep_payload
    }
  }
`);

/** Changes the complaint type or service the relationship manager decided on. */
export function useReclassifyCaseMutation(): CaseStepMutation<ReclassifyCaseInput> {
  const [mutate, { loading }] = useMutation(ReclassifyCaseMutation, CASE_STEP_REFETCH);
  return useCaseStep((input: ReclassifyCaseInput) => mutate({ variables: { input } }), loading);
}
