import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { CreateApiKeyInput } from '../../gql/graphql';
import { useFormMutation, type FormMutation } from '../../ui/forms/useFormMutation';

const CreateApiKeyMutation = graphql(`
  mutation CreateApiKeyMutation($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        ...ApiKeyRow_apiKey
      }
    }
  }
`);

const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKeyMutation($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      ...ApiKeyRow_apiKey
    }
  }
`);

/**
 * Makes a key and hands its secret to the caller, once: the secret is kept in the component's
 * state only, never in the Apollo cache. The new key drops the cached `apiKeys` list.
 */
export function useCreateApiKeyMutation(): FormMutation<CreateApiKeyInput> & {
  loading: boolean;
  secret: string | null;
  forgetSecret: () => void;
} {
  const [mutate, { loading, data, reset }] = useMutation(CreateApiKeyMutation, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'apiKeys' });
      cache.gc();
    },
  });
  const form = useFormMutation((input: CreateApiKeyInput) => mutate({ variables: { input } }));
  return { ...form, loading, secret: data?.createApiKey.secret ?? null, forgetSecret: reset };
}

/** Revokes a key; the payload updates the listed key in place (normalised by id). */
export function useRevokeApiKeyMutation(): FormMutation<string> & { loading: boolean } {
  const [mutate, { loading }] = useMutation(RevokeApiKeyMutation);
  return { ...useFormMutation((id: string) => mutate({ variables: { input: { id } } })), loading };
}
