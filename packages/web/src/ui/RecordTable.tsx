import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import type { MessageId } from '../i18n/messages';
import { Empty, ErrorState, Loading } from './Status';

/** One column of a `RecordTable`: its heading and what a row shows in it. */
export interface RecordColumn<Row> {
  label: MessageId;
  cell: (row: Row) => ReactNode;
}

/**
 * The list of an administration screen (services, complaint types, units, people): loading, error
 * and empty states, a row per record with the given columns, and an edit button that hands the
 * record to the screen's form.
 */
export function RecordTable<Row extends { id: string }>({
  rows,
  loading,
  error,
  retry,
  columns,
  onEdit,
}: {
  rows: readonly Row[] | undefined;
  loading: boolean;
  error: { message: string } | undefined;
  retry: () => void;
  columns: ReadonlyArray<RecordColumn<Row>>;
  onEdit: (row: Row) => void;
}) {
  if (loading && !rows) return <Loading />;
  if (error) return <ErrorState error={error} retry={retry} />;
  if (!rows?.length) return <Empty />;
  return (
    <table>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.label}>
              <FormattedMessage id={column.label} />
            </th>
          ))}
          <th />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            {columns.map((column) => (
              <td key={column.label}>{column.cell(row)}</td>
            ))}
            <td>
              <button type="button" className="link" onClick={() => onEdit(row)}>
                <FormattedMessage id="manage.edit" />
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The cell of an `active` flag. */
export const activeCell = (active: boolean) => (active ? '✓' : '—');
