import { graphql } from '../../../gql';
import { useFormMutation, type FormMutation } from '../../../ui/forms/useFormMutation';

// Every step returns the case with its new version; CaseDetail_case refreshes the page through the cache.
graphql(`
  fragment CaseStep_payload on CasePayload {
    case {
      ...CaseDetail_case
    }
  }
`);

/**
 * What a step changes beyond the case itself: which queues and lists hold a case depends on its
 * status, so they are asked again. The case page updates from the returned case (same id).
 */
export const CASE_STEP_REFETCH = {
  refetchQueries: ['CaseDetailRouteQuery', 'QueueRouteQuery', 'MySubmissionsRouteQuery'],
};

/** What a step's mutation hook gives its form: a typed callback, its state and the server's refusal. */
export interface CaseStepMutation<Input> extends FormMutation<Input> {
  loading: boolean;
}

/**
 * The part every step's mutation hook shares: run it and keep a refusal for the form (split per
 * field, CONFLICT recognisable for a reload). The document and its cache effects stay in each hook.
 */
export function useCaseStep<Input>(run: (input: Input) => Promise<unknown>, loading: boolean): CaseStepMutation<Input> {
  return { ...useFormMutation(run), loading };
}
