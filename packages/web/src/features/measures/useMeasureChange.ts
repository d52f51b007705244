import type { ApolloCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useState } from 'react';
import type { MessageId } from '../../i18n/messages';
import { toFieldErrors, type FieldErrors } from '../intake/field-errors';

export const NO_ERRORS: FieldErrors = { fields: {}, general: [], code: null };

/** What a measure mutation hook gives its component: a typed callback, its state and the outcome. */
export interface MeasureChange<Input> {
  /** Runs the mutation; true when the server accepted it. */
  perform: (input: Input) => Promise<boolean>;
  loading: boolean;
  /** The server's refusal, split per field (inline) and general; CONFLICT asks for a reload. */
  errors: FieldErrors;
  /** The confirmation to announce after success, or null. */
  notice: MessageId | null;
}

/**
 * The part every measure mutation hook shares: run, split coded errors for inline display, and
 * set the confirmation. Cache changes stay in each hook, next to its document.
 */
export function useMeasureChange<Input>(run: (input: Input) => Promise<unknown>, loading: boolean, success: MessageId): MeasureChange<Input> {
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const [notice, setNotice] = useState<MessageId | null>(null);
  async function perform(input: Input): Promise<boolean> {
    setErrors(NO_ERRORS);
    setNotice(null);
    try {
      await run(input);
      setNotice(success);
      return true;
    } catch (error) {
      setErrors(CombinedGraphQLErrors.is(error) ? toFieldErrors(error.errors) : { ...NO_ERRORS, general: [error instanceof Error ? error.message : String(error)] });
      return false;
    }
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
