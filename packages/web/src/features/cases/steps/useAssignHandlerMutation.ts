import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { AssignHandlerInput } from '../../../gql/graphql';
import { CASE_STEP_REFETCH, useCaseStep, type CaseStepMutation } from './useCaseStep';

const AssignHandlerMutation = graphql(`
  mutation AssignHandlerMutation($input: AssignHandlerInput!) {
    assignHandler(input: $input) {
      ...CaseStep_payload
    }
  }
`);

/** Assigns a justified complaint to a handler. */
export function useAssignHandlerMutation(): CaseStepMutation<AssignHandlerInput> {
  const [mutate, { loading }] = useMutation(AssignHandlerMutation, CASE_STEP_REFETCH);
  return useCaseStep((input: AssignHandlerInput) => mutate({ variables: { input } }), loading);
}
