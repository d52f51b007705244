import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { CaseStepInput } from '../../../gql/graphql';
import { CASE_STEP_REFETCH, useCaseStep, type CaseStepMutation } from './useCaseStep';

const ConsiderSuggestionMutation = graphql(`
  mutation ConsiderSuggestionMutation($input: CaseStepInput!) {
    considerSuggestion(input: $input) {
      ...CaseStep_payload
    }
  }
`);

/** Takes a suggestion under consideration. */
export function useConsiderSuggestionMutation(): CaseStepMutation<CaseStepInput> {
  const [mutate, { loading }] = useMutation(ConsiderSuggestionMutation, CASE_STEP_REFETCH);
  return useCaseStep((input: CaseStepInput) => mutate({ variables: { input } }), loading);
}
