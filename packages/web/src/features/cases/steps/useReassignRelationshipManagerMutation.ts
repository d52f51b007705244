import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ReassignRelationshipManagerInput } from '../../../gql/graphql';
import { CASE_STEP_REFETCH, useCaseStep, type CaseStepMutation } from './useCaseStep';

const ReassignRelationshipManagerMutation = graphql(`
  mutation ReassignRelationshipManagerMutation($input: ReassignRelationshipManagerInput!) {
    reassignRelationshipManager(input: $input) {
      ...CaseStep_payload
    }
  }
`);

/** Hands the case to another relationship manager. */
export function useReassignRelationshipManagerMutation(): CaseStepMutation<ReassignRelationshipManagerInput> {
  const [mutate, { loading }] = useMutation(ReassignRelationshipManagerMutation, CASE_STEP_REFETCH);
  return useCaseStep((input: ReassignRelationshipManagerInput) => mutate({ variables: { input } }), loading);
}
