import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { UpdateSettingsInput } from '../../gql/graphql';
import { useFormMutation, type FormMutation } from '../../ui/forms/useFormMutation';

const UpdateSettingsMutation = graphql(`
  mutation UpdateSettingsMutation($input: UpdateSettingsInput!) {
    updateSettings(input: $input) {
      ...SettingsForm_settings
    }
  }
`);

/**
 * Changes the organisation settings. The settings object has no id, so the `settings` field is
 * written with the payload; Liberation Day changes the calendar, so cached `daysOff` go too.
 */
export function useUpdateSettingsMutation(): FormMutation<UpdateSettingsInput> & { loading: boolean } {
  const [mutate, { loading }] = useMutation(UpdateSettingsMutation, {
    update: (cache, result) => {
      const settings = result.data?.updateSettings;
      if (settings) cache.modify({ id: 'ROOT_QUERY', fields: { settings: () => settings } });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'daysOff' });
      cache.gc();
    },
  });
  return { ...useFormMutation((input: UpdateSettingsInput) => mutate({ variables: { input } })), loading };
}
