import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { AnswerSatisfactionInput } from '../../gql/graphql';
import { useFormMutation, type FormMutation } from '../../ui/forms/useFormMutation';

const AnswerSatisfactionMutation = graphql(`
  mutation AnswerSatisfactionMutation($input: AnswerSatisfactionInput!) {
    answerSatisfaction(input: $input) {
      answered
    }
  }
`);

/** Sends the submitter's answer (no sign-in needed); nothing in the cache depends on it. */
export function useAnswerSatisfactionMutation(): FormMutation<AnswerSatisfactionInput> & { loading: boolean } {
  const [mutate, { loading }] = useMutation(AnswerSatisfactionMutation);
  return { ...useFormMutation((input: AnswerSatisfactionInput) => mutate({ variables: { input } })), loading };
}
