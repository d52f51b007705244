import { useState } from 'react';

/**
 * Forward-only cursors (`first`/`after`, as the server pages) turned into next and previous
 * pages: the cursors of the pages seen so far are kept, so "previous" asks for the page again.
 */
export function useCursorPages(): {
  /** Pass as the query's `after`. */
  after: string | null;
  /** 1 for the first page. */
  page: number;
  next: (endCursor: string) => void;
  previous: () => void;
  /** Back to the first page (e.g. when a filter changes). */
  reset: () => void;
} {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  return {
    after: cursors.at(-1) ?? null,
    page: cursors.length,
    next: (endCursor) => setCursors((seen) => [...seen, endCursor]),
    previous: () => setCursors((seen) => (seen.length > 1 ? seen.slice(0, -1) : seen)),
    reset: () => setCursors([null]),
  };
}
