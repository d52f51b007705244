import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

/** Shown while data loads. */
export const Loading = () => (
  <p role="status" className="state">
    <FormattedMessage id="state.loading" />
  </p>
);

/** Shown when there is no data. */
export const Empty = ({ children }: { children?: ReactNode }) => (
  <p className="state">{children ?? <FormattedMessage id="state.empty" />}</p>
);

/** Shown when loading failed, with a retry. */
export function ErrorState({ error, retry }: { error: { message: string }; retry?: () => void }) {
  return (
    <div role="alert" className="state state-error">
      <FormattedMessage id="state.error" values={{ message: error.message }} />
      {retry && (
        <button type="button" onClick={retry}>
          <FormattedMessage id="state.retry" />
        </button>
      )}
    </div>
  );
}
