import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useFormMutation, type FormMutation } from '../../ui/forms/useFormMutation';

const ResendOutboxMessageMutation = graphql(`
  mutation ResendOutboxMessageMutation($input: ResendOutboxMessageInput!) {
    resendOutboxMessage(input: $input) {
      message {
        ...OutboxRow_message
      }
    }
  }
`);

/**
 * Queues a message again. The payload updates the row in place (normalised by id); a list
 * filtered by state is dropped from the cache, since the message has left its state.
 */
export function useResendMessageMutation(): FormMutation<string> & { loading: boolean; resentId: string | null } {
  const [mutate, { loading, data }] = useMutation(ResendOutboxMessageMutation, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'outboxMessages' });
      cache.gc();
    },
  });
  const form = useFormMutation((id: string) => mutate({ variables: { input: { id } } }));
  return { ...form, loading, resentId: data?.resendOutboxMessage.message.id ?? null };
}
