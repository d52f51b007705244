import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ExtendDeadlineInput } from '../../../gql/graphql';
import { CASE_STEP_REFETCH, useCaseStep, type CaseStepMutation } from './useCaseStep';

const ExtendDeadlineMutation = graphql(`
  mutation ExtendDeadlineMutation($input: ExtendDeadlineInput!) {
    extendDeadline(input: $input) {
      ...CaseStep_payload
    }
  }
`);

/** Extends the lead time, with the reason and when the submitter was told. */
export function useExtendDeadlineMutation(): CaseStepMutation<ExtendDeadlineInput> {
  const [mutate, { loading }] = useMutation(ExtendDeadlineMutation, CASE_STEP_REFETCH);
  return useCaseStep((input: ExtendDeadlineInput) => mutate({ variables: { input } }), loading);
}
