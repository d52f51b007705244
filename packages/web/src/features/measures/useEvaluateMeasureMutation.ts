import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { EvaluateMeasureInput } from '../../gql/graphql';
import { forgetMeasureLists, useMeasureChange, type MeasureChange } from './useMeasureChange';

const EvaluateMeasureMutation = graphql(`
  mutation EvaluateMeasureMutation($input: EvaluateMeasureInput!) {
    evaluateMeasure(input: $input) {
      measure {
        ...MeasureDetail_measure
      }
    }
  }
`);

/**
 * The measure's status changes: the cache updates it in place from the returned measure. Every
 * cached `measures` list is dropped, because a status filter may no longer hold it; lists on screen
 * ask the server again, others when next shown.
 */
export function useEvaluateMeasureMutation(): MeasureChange<EvaluateMeasureInput> {
  const [mutate, { loading }] = useMutation(EvaluateMeasureMutation, { update: forgetMeasureLists });
  return useMeasureChange(
    (input: EvaluateMeasureInput) => mutate({ variables: { input } }),
    loading,
    'measures.evaluated',
  );
}
