import { useId, useState, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { downloadCsv } from '../download-csv';
import { Empty, ErrorState, Loading } from '../Status';

/** Where a widget is: waiting for its data, failed, nothing to show, or showing figures. */
export type WidgetState =
  | { status: 'loading' }
  | { status: 'empty' }
  | { status: 'ready' }
  | { status: 'error'; error: { message: string }; retry?: () => void };

/**
 * A dashboard widget: a title, its loading, error and empty states, and its figures. With a
 * `chart` the data table is one click away (the chart is an image for sighted users; the table
 * and the figure's label carry the same numbers for everyone); without one the table is shown.
 * `data-widget` and `data-state` let the browser tests and the benchmark see when it settled.
 */
export function ChartCard({
  widget,
  title,
  state,
  csv,
  csvName,
  chart,
  table,
  note,
  links,
  wide = false,
}: {
  widget: string;
  title: string;
  state: WidgetState;
  csv?: string | undefined;
  csvName?: string;
  chart?: ReactNode;
  table: ReactNode;
  note?: ReactNode;
  links?: ReactNode;
  /** Spans the whole grid row: for tables with many columns. */
  wide?: boolean;
}) {
  const [showTable, setShowTable] = useState(false);
  const id = useId();
  const ready = state.status === 'ready';
  return (
    <section
      className={wide ? 'card wide' : 'card'}
      aria-labelledby={id}
      aria-busy={state.status === 'loading'}
      data-widget={widget}
      data-state={state.status}
      data-chart={chart && !showTable ? 'true' : 'false'}
    >
      <header className="card-header">
        <h2 id={id}>{title}</h2>
        {ready && (
          <div className="card-tools">
            {chart && (
              <button type="button" aria-pressed={showTable} onClick={() => setShowTable((v) => !v)}>
                <FormattedMessage id="dashboard.table" />
              </button>
            )}
            {csv && (
              <button type="button" onClick={() => downloadCsv(csv, csvName ?? 'klankbord.csv')}>
                <FormattedMessage id="dashboard.csv" />
              </button>
            )}
          </div>
        )}
      </header>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorState error={state.error} retry={state.retry} />}
      {state.status === 'empty' && <Empty />}
      {ready &&
        (chart && !showTable ? (
          <figure aria-label={title}>{chart}</figure>
        ) : (
          <div className="table-scroll">{table}</div>
        ))}
      {ready && note && <p className="note">{note}</p>}
      {ready && links && <p className="drill-down">{links}</p>}
    </section>
  );
}
