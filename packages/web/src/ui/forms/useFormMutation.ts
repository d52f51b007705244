import { useState } from 'react';
import { fieldErrorsOf, NO_FIELD_ERRORS, type FieldErrors } from './field-errors';

/** A mutation as a form uses it: run it, and the refusal to show if the server said no. */
export interface FormMutation<Input> {
  /** Runs the mutation; true when the server accepted it. */
  perform: (input: Input) => Promise<boolean>;
  /** The last refusal, split per field (inline) and general; CONFLICT asks for a reload. */
  errors: FieldErrors;
}

/**
 * Runs a mutation for a form and keeps its refusal for display: cleared when a new attempt
 * starts, set from whatever the attempt threw. The mutation hooks of every feature build on this,
 * so a refusal looks the same on every form.
 */
export function useFormMutation<Input>(run: (input: Input) => Promise<unknown>): FormMutation<Input> {
  const [errors, setErrors] = useState<FieldErrors>(NO_FIELD_ERRORS);
  async function perform(input: Input): Promise<boolean> {
    setErrors(NO_FIELD_ERRORS);
    try {
      await run(input);
      return true;
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      return false;
    }
  }
  return { perform, errors };
}
