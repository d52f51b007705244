import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import type { MessageId } from '../i18n/messages';
import { Pager } from './Pager';
import { Empty, ErrorState, Loading } from './Status';
import type { useCursorPages } from './useCursorPages';

/** One column of a `RecordTable`: its heading and what a row shows in it. */
export interface RecordColumn<Row> {
  label: MessageId;
  cell: (row: Row) => ReactNode;
}

/** A page of a list paged with `useCursorPages`: the pager under the table. */
export interface RecordPaging {
  pages: ReturnType<typeof useCursorPages>;
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * A list of records as a table: loading, error and empty states, a row per record with the given
 * columns; with `onEdit` an edit button that hands the record to the screen's form (services,
 * complaint types, units, people), with `paging` a pager under it (the administrators' trail).
 */
export function RecordTable<Row extends { id: string }>({
  rows,
  loading,
  error,
  retry,
  columns,
  onEdit,
  label,
  paging,
}: {
  rows: readonly Row[] | undefined;
  loading: boolean;
  error: { message: string } | undefined;
  retry: () => void;
  columns: ReadonlyArray<RecordColumn<Row>>;
  onEdit?: (row: Row) => void;
  /** The table's accessible name. */
  label?: string;
  paging?: RecordPaging;
}) {
  if (loading && !rows) return <Loading />;
  if (error) return <ErrorState error={error} retry={retry} />;
  if (!rows?.length) return <Empty />;
  return (
    <>
      <table aria-label={label}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label}>
                <FormattedMessage id={column.label} />
              </th>
            ))}
            {onEdit && <th />}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {columns.map((column) => (
                <td key={column.label}>{column.cell(row)}</td>
              ))}
              {onEdit && (
                <td>
                  <button type="button" className="link" onClick={() => onEdit(row)}>
                    <FormattedMessage id="manage.edit" />
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {paging && <Pager pages={paging.pages} endCursor={paging.endCursor} hasNextPage={paging.hasNextPage} />}
    </>
  );
}

/** The cell of an `active` flag. */
export const activeCell = (active: boolean) => (active ? '✓' : '—');
