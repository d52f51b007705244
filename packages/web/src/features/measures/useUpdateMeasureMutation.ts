import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { UpdateMeasureInput } from '../../gql/graphql';
import { useMeasureChange, type MeasureChange } from './useMeasureChange';

const UpdateMeasureMutation = graphql(`
  mutation UpdateMeasureMutation($input: UpdateMeasureInput!) {
    updateMeasure(input: $input) {
      measure {
        ...MeasureDetail_measure
      }
    }
  }
`);

/** Changes a measure's text. The returned measure (same id, new version) updates the cache in place. */
export function useUpdateMeasureMutation(): MeasureChange<UpdateMeasureInput> {
  const [mutate, { loading }] = useMutation(UpdateMeasureMutation);
  return useMeasureChange((input: UpdateMeasureInput) => mutate({ variables: { input } }), loading, 'measures.saved');
}
