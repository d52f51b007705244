import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ResolveComplaintInput } from '../../../gql/graphql';
import { CASE_STEP_REFETCH, useCaseStep, type CaseStepMutation } from './useCaseStep';

const ResolveComplaintMutation = graphql(`
  mutation ResolveComplaintMutation($input: ResolveComplaintInput!) {
    resolveComplaint(input: $input) {
      ...CaseStep_payload
    }
  }
`);

/** Resolves a complaint with the measures taken, as told to the submitter. */
export function useResolveComplaintMutation(): CaseStepMutation<ResolveComplaintInput> {
  const [mutate, { loading }] = useMutation(ResolveComplaintMutation, CASE_STEP_REFETCH);
  return useCaseStep((input: ResolveComplaintInput) => mutate({ variables: { input } }), loading);
}
