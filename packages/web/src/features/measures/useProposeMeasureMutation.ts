import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ProposeMeasureInput } from '../../gql/graphql';
import { forgetMeasureLists, useMeasureChange, type MeasureChange } from './useMeasureChange';

const ProposeMeasureMutation = graphql(`
  mutation ProposeMeasureMutation($input: ProposeMeasureInput!) {
    proposeMeasure(input: $input) {
      measure {
        ...MeasureCard_measure
      }
    }
  }
`);

/**
 * Proposes a measure. Where the new one belongs depends on each list's filter, so every cached
 * `measures` list is dropped (the register on screen and the close form's choices ask again).
 */
export function useProposeMeasureMutation(): MeasureChange<ProposeMeasureInput> {
  const [mutate, { loading }] = useMutation(ProposeMeasureMutation, { update: forgetMeasureLists });
  return useMeasureChange(
    (input: ProposeMeasureInput) => mutate({ variables: { input } }),
    loading,
    'measures.proposed',
  );
}
