import type { ApolloCache } from '@apollo/client';
import { useState } from 'react';
import type { MessageId } from '../../i18n/messages';
import { useFormMutation, type FormMutation } from '../../ui/forms/useFormMutation';

/** What a measure mutation hook gives its component: a typed callback, its state and the outcome. */
export interface MeasureChange<Input> extends FormMutation<Input> {
  loading: boolean;
  /** The confirmation to announce after success, or null. */
  notice: MessageId | null;
}

/**
 * The part every measure mutation hook shares: run, split coded errors for inline display, and
 * set the confirmation. Cache changes stay in each hook, next to its document.
 */
export function useMeasureChange<Input>(
  run: (input: Input) => Promise<unknown>,
  loading: boolean,
  success: MessageId,
): MeasureChange<Input> {
  const { perform: attempt, errors } = useFormMutation(run);
  const [notice, setNotice] = useState<MessageId | null>(null);
  async function perform(input: Input): Promise<boolean> {
    setNotice(null);
    const accepted = await attempt(input);
    if (accepted) setNotice(success);
    return accepted;
  }
  return { perform, loading, errors, notice };
}

/**
 * Drops every cached `measures(...)` list (all filter variants). A list cannot be patched in
 * place without knowing each one's filter; watched queries refetch, the rest when next read.
 */
export function forgetMeasureLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'measures' });
  cache.gc();
}
