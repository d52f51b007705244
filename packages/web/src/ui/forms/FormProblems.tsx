import type { FieldErrors } from './field-errors';

/** The refusals not tied to one field (forbidden, conflict, network), above a form. */
export function FormProblems({ errors }: { errors: FieldErrors }) {
  return errors.general.length > 0 ? (
    <div role="alert" className="state state-error">
      {errors.general.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  ) : null;
}
