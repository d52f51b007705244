import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { LinkCasesToMeasureInput } from '../../gql/graphql';
import { useMeasureChange, type MeasureChange } from './useMeasureChange';

const LinkCasesToMeasureMutation = graphql(`
  mutation LinkCasesToMeasureMutation($input: LinkCasesToMeasureInput!) {
    linkCasesToMeasure(input: $input) {
      measure {
        ...MeasureDetail_measure
      }
    }
  }
`);

/**
 * Links complaints to a measure. The measure (with its linked cases) updates in place; each linked
 * case's own list of measures is dropped from the cache so its page asks the server again.
 */
export function useLinkCasesToMeasureMutation(): MeasureChange<LinkCasesToMeasureInput> {
  const [mutate, { loading }] = useMutation(LinkCasesToMeasureMutation, {
    update(cache, _result, { variables }) {
      for (const id of variables?.input.caseIds ?? [])
        cache.evict({ id: cache.identify({ __typename: 'Case', id }), fieldName: 'measures' });
      cache.gc();
    },
  });
  return useMeasureChange(
    (input: LinkCasesToMeasureInput) => mutate({ variables: { input } }),
    loading,
    'measures.linked',
  );
}
