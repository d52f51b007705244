import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { RespondToSuggestionInput } from '../../../gql/graphql';
import { CASE_STEP_REFETCH, useCaseStep, type CaseStepMutation } from './useCaseStep';

const RespondToSuggestionMutation = graphql(`
  mutation RespondToSuggestionMutation($input: RespondToSuggestionInput!) {
    respondToSuggestion(input: $input) {
      ...CaseStep_payload
    }
  }
`);

/** Adopts or declines a suggestion, with the response to the submitter. */
export function useRespondToSuggestionMutation(): CaseStepMutation<RespondToSuggestionInput> {
  const [mutate, { loading }] = useMutation(RespondToSuggestionMutation, CASE_STEP_REFETCH);
  return useCaseStep((input: RespondToSuggestionInput) => mutate({ variables: { input } }), loading);
}
