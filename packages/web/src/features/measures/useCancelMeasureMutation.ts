import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { MeasureStepInput } from '../../gql/graphql';
import { forgetMeasureLists, useMeasureChange, type MeasureChange } from './useMeasureChange';

const CancelMeasureMutation = graphql(`
  mutation CancelMeasureMutation($input: MeasureStepInput!) {
    cancelMeasure(input: $input) {
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
export function useCancelMeasureMutation(): MeasureChange<MeasureStepInput> {
  const [mutate, { loading }] = useMutation(CancelMeasureMutation, { update: forgetMeasureLists });
  return useMeasureChange((input: MeasureStepInput) => mutate({ variables: { input } }), loading, 'measures.cancelled');
}
