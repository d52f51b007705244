import { FormattedMessage } from 'react-intl';
import type { useCursorPages } from './useCursorPages';

/** Previous and next buttons for a list paged with `useCursorPages`. */
export function Pager({
  pages,
  endCursor,
  hasNextPage,
}: {
  pages: ReturnType<typeof useCursorPages>;
  endCursor: string | null;
  hasNextPage: boolean;
}) {
  return (
    <p className="pager">
      <button type="button" disabled={pages.page === 1} onClick={pages.previous}>
        <FormattedMessage id="pager.previous" />
      </button>{' '}
      <FormattedMessage id="pager.page" values={{ page: pages.page }} />{' '}
      <button type="button" disabled={!hasNextPage || !endCursor} onClick={() => endCursor && pages.next(endCursor)}>
        <FormattedMessage id="pager.next" />
      </button>
    </p>
  );
}
