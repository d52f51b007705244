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
