import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ImportCasesInput } from '../../gql/graphql';
import { useFormMutation, type FormMutation } from '../../ui/forms/useFormMutation';

const ImportCasesMutation = graphql(`
  mutation ImportCasesMutation($input: ImportCasesInput!) {
    importCases(input: $input) {
      imported
      acceptedCount
      refusedCount
      registrationNumbers
      problems {
        row
        field
        reason
        message
      }
    }
  }
`);

/**
 * Checks (dry run) or imports a file. Imported cases change every case list and report, so after a
 * real import the cached `cases` lists are dropped; a dry run changes nothing.
 */
export function useImportCasesMutation() {
  const [mutate, { loading, data, reset }] = useMutation(ImportCasesMutation, {
    update: (cache, result) => {
      if (!result.data?.importCases.imported) return;
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'cases' });
      cache.gc();
    },
  });
  const form: FormMutation<ImportCasesInput> = useFormMutation((input: ImportCasesInput) =>
    mutate({ variables: { input } }),
  );
  return { ...form, loading, report: data?.importCases ?? null, reset };
}
