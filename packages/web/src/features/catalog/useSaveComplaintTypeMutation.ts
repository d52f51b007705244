import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { SaveComplaintTypeInput } from '../../gql/graphql';
import { useFormMutation, type FormMutation } from '../../ui/forms/useFormMutation';

const SaveComplaintTypeMutation = graphql(`
  mutation SaveComplaintTypeMutation($input: SaveComplaintTypeInput!) {
    saveComplaintType(input: $input) {
      ...ComplaintTypeRow_complaintType
    }
  }
`);

/**
 * Creates or changes a complaint type; the payload carries its versions, so a new lead time shows
 * in its history at once. A new type drops the cached `complaintTypes` lists.
 */
export function useSaveComplaintTypeMutation(): FormMutation<SaveComplaintTypeInput> & { loading: boolean } {
  const [mutate, { loading }] = useMutation(SaveComplaintTypeMutation, {
    update: (cache, _result, { variables }) => {
      if (variables?.input.id) return;
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'complaintTypes' });
      cache.gc();
    },
  });
  return { ...useFormMutation((input: SaveComplaintTypeInput) => mutate({ variables: { input } })), loading };
}
