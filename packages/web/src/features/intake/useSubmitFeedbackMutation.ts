import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const SubmitFeedbackMutation = graphql(`
  mutation SubmitFeedbackMutation($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input) {
      registrationNumber
      acknowledgementDueAt
      resolutionDueAt
      replayed
      case {
        id
        kind
        status
        receivedAt
        resolutionDueAt
        registrationNumber
      }
    }
  }
`);

/** Files feedback; the submitter's own list is refetched so it shows the new case. */
export function useSubmitFeedbackMutation() {
  return useMutation(SubmitFeedbackMutation, {
    update(cache) {
      cache.evict({ fieldName: 'myCases' });
      cache.gc();
    },
  });
}
