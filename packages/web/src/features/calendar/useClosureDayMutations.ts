import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { graphql } from '../../gql';
import type { ClosureDayInput } from '../../gql/graphql';
import { useFormMutation, type FormMutation } from '../../ui/forms/useFormMutation';

const SaveClosureDayMutation = graphql(`
  mutation SaveClosureDayMutation($input: ClosureDayInput!) {
    saveClosureDay(input: $input) {
      date
      name
    }
  }
`);

const RemoveClosureDayMutation = graphql(`
  mutation RemoveClosureDayMutation($date: String!) {
    removeClosureDay(date: $date)
  }
`);

/** Days off are not normalised (no id): every cached `daysOff(year)` is dropped and asked again. */
function forgetDaysOff(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'daysOff' });
  cache.gc();
}

/** Adds (or renames) a closure day. */
export function useSaveClosureDayMutation(): FormMutation<ClosureDayInput> & { loading: boolean } {
  const [mutate, { loading }] = useMutation(SaveClosureDayMutation, { update: forgetDaysOff });
  return { ...useFormMutation((input: ClosureDayInput) => mutate({ variables: { input } })), loading };
}

/** Removes a closure day. */
export function useRemoveClosureDayMutation(): FormMutation<string> & { loading: boolean } {
  const [mutate, { loading }] = useMutation(RemoveClosureDayMutation, { update: forgetDaysOff });
  return { ...useFormMutation((date: string) => mutate({ variables: { date } })), loading };
}
