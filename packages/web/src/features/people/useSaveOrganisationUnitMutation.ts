import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { SaveOrganisationUnitInput } from '../../gql/graphql';
import { useFormMutation, type FormMutation } from '../../ui/forms/useFormMutation';

const SaveOrganisationUnitMutation = graphql(`
  mutation SaveOrganisationUnitMutation($input: SaveOrganisationUnitInput!) {
    saveOrganisationUnit(input: $input) {
      ...UnitRow_organisationUnit
    }
  }
`);

/** Creates or changes an organisation unit; a new one drops the cached `organisationUnits` lists. */
export function useSaveOrganisationUnitMutation(): FormMutation<SaveOrganisationUnitInput> & { loading: boolean } {
  const [mutate, { loading }] = useMutation(SaveOrganisationUnitMutation, {
    update: (cache, _result, { variables }) => {
      if (variables?.input.id) return;
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'organisationUnits' });
      cache.gc();
    },
  });
  return { ...useFormMutation((input: SaveOrganisationUnitInput) => mutate({ variables: { input } })), loading };
}
