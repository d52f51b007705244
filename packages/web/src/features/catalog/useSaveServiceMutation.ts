import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { SaveServiceInput } from '../../gql/graphql';
import { useFormMutation, type FormMutation } from '../../ui/forms/useFormMutation';

const SaveServiceMutation = graphql(`
  mutation SaveServiceMutation($input: SaveServiceInput!) {
    saveService(input: $input) {
      ...ServiceRow_service
    }
  }
`);

/**
 * Creates or changes a service. A changed one updates itself in the cache (normalised by id); a
 * new one is not in any cached list yet, so the `services` lists are dropped and asked again.
 */
export function useSaveServiceMutation(): FormMutation<SaveServiceInput> & { loading: boolean } {
  const [mutate, { loading }] = useMutation(SaveServiceMutation, {
    update: (cache, _result, { variables }) => {
      if (variables?.input.id) return;
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'services' });
      cache.gc();
    },
  });
  return { ...useFormMutation((input: SaveServiceInput) => mutate({ variables: { input } })), loading };
}
