import { FormattedMessage } from 'react-intl';
import type { FieldErrors } from '../../ui/forms/field-errors';

/**
 * A refused measure change that is not about one field: a stale version (someone changed the
 * measure after it was loaded) is explained with a reload; anything else shows the server's words.
 */
export function MeasureProblems({ errors, onReload }: { errors: FieldErrors; onReload?: () => void }) {
  if (errors.code === 'CONFLICT') {
    return (
      <div className="banner warn" role="alert">
        <FormattedMessage id="measures.conflict" />{' '}
        {onReload && (
          <button type="button" onClick={onReload}>
            <FormattedMessage id="case.reload" />
          </button>
        )}
      </div>
    );
  }
  if (errors.general.length === 0) return null;
  return (
    <div className="banner warn" role="alert">
      {errors.general.join(' ')}
    </div>
  );
}

/** The server's message for one field, tied to its control through `id` (aria-describedby). */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <span className="field-error" id={id}>
      {message}
    </span>
  ) : null;
}

/** Props for a control that may carry a server field error. */
export function invalidProps(id: string, message: string | undefined): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  return message ? { 'aria-invalid': true, 'aria-describedby': id } : {};
}
