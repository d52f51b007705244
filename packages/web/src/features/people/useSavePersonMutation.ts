import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { SavePersonInput } from '../../gql/graphql';
import { useFormMutation, type FormMutation } from '../../ui/forms/useFormMutation';

const SavePersonMutation = graphql(`
  mutation SavePersonMutation($input: SavePersonInput!) {
    savePerson(input: $input) {
      ...PersonRow_person
    }
  }
`);

/**
 * Creates or changes a person. Which `people(role)` lists they belong in depends on their roles,
 * before and after, so every cached list is dropped and asked again.
 */
export function useSavePersonMutation(): FormMutation<SavePersonInput> & { loading: boolean } {
  const [mutate, { loading }] = useMutation(SavePersonMutation, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'people' });
      cache.gc();
    },
  });
  return { ...useFormMutation((input: SavePersonInput) => mutate({ variables: { input } })), loading };
}
