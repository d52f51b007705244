import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { toFieldErrors, type FieldErrors } from '../intake/field-errors';
import { stepDocument } from './step-mutations';

const NO_ERRORS: FieldErrors = { fields: {}, general: [], code: null };

/**
 * Runs one lifecycle step. The cache updates itself from the returned case (same id); queues and
 * lists are refetched. Errors come back split per field, with CONFLICT recognisable for a reload.
 */
export function useCaseStepMutation(mutation: string) {
  const [run, { loading }] = useMutation(stepDocument(mutation), { refetchQueries: ['CaseDetailRouteQuery', 'QueueRouteQuery', 'MySubmissionsRouteQuery'] });
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  async function perform(input: Record<string, unknown>): Promise<boolean> {
    setErrors(NO_ERRORS);
    try {
      await run({ variables: { input } });
      return true;
    } catch (error) {
      setErrors(CombinedGraphQLErrors.is(error) ? toFieldErrors(error.errors) : { ...NO_ERRORS, general: [error instanceof Error ? error.message : String(error)] });
      return false;
    }
  }
  return { perform, loading, errors };
}
