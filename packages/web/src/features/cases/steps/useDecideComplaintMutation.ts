import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { DecideComplaintInput } from '../../../gql/graphql';
import { CASE_STEP_REFETCH, useCaseStep, type CaseStepMutation } from './useCaseStep';

const DecideComplaintMutation = graphql(`
  mutation DecideComplaintMutation($input: DecideComplaintInput!) {
    decideComplaint(input: $input) {
      ...CaseStep_payload
    }
  }
`);

/** Decides whether a complaint is justified, with the reason the submitter is given. */
export function useDecideComplaintMutation(): CaseStepMutation<DecideComplaintInput> {
  const [mutate, { loading }] = useMutation(DecideComplaintMutation, CASE_STEP_REFETCH);
  return useCaseStep((input: DecideComplaintInput) => mutate({ variables: { input } }), loading);
}
