import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ImplementMeasureInput } from '../../gql/graphql';
import { forgetMeasureLists, useMeasureChange, type MeasureChange } from './useMeasureChange';

const ImplementMeasureMutation = graphql(`
  mutation ImplementMeasureMutation($input: ImplementMeasureInput!) {
    implementMeasure(input: $input) {
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
export function useImplementMeasureMutation(): MeasureChange<ImplementMeasureInput> {
  const [mutate, { loading }] = useMutation(ImplementMeasureMutation, { update: forgetMeasureLists });
  return useMeasureChange(
    (input: ImplementMeasureInput) => mutate({ variables: { input } }),
    loading,
    'measures.implemented',
  );
}
