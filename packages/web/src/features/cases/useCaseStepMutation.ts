import { useMutation } from '@apollo/client/react';
import { useFormMutation } from '../../ui/forms/useFormMutation';
import { stepDocument } from './step-mutations';

/**
 * Runs one lifecycle step. The cache updates itself from the returned case (same id); queues and
 * lists are refetched. Errors come back split per field, with CONFLICT recognisable for a reload.
 */
export function useCaseStepMutation(mutation: string) {
  const [run, { loading }] = useMutation(stepDocument(mutation), { refetchQueries: ['CaseDetailRouteQuery', 'QueueRouteQuery', 'MySubmissionsRouteQuery'] });
  const { perform, errors } = useFormMutation((input: Record<string, unknown>) => run({ variables: { input } }));
  return { perform, loading, errors };
}
