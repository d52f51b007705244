import { useId, useState, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { downloadCsv } from '../download-csv';

/**
 * A titled chart with its data table one click away and a CSV export. The chart is an image for
 * sighted users; the table (and the figure's label) carry the same numbers for everyone.
 */
export function ChartCard({ title, csv, csvName, chart, table, note }: { title: string; csv?: string; csvName?: string; chart: ReactNode; table: ReactNode; note?: ReactNode }) {
  const [showTable, setShowTable] = useState(false);
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <header className="card-header">
        <h2 id={id}>{title}</h2>
        <div className="card-tools">
          <button type="button" aria-pressed={showTable} onClick={() => setShowTable((v) => !v)}>
            <FormattedMessage id="dashboard.table" />
          </button>
          {csv && (
            <button type="button" onClick={() => downloadCsv(csv, csvName ?? 'klankbord.csv')}>
              <FormattedMessage id="dashboard.csv" />
            </button>
          )}
        </div>
      </header>
      {showTable ? table : <figure aria-label={title}>{chart}</figure>}
      {note && <p className="note">{note}</p>}
    </section>
  );
}
