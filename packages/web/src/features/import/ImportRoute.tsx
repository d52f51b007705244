import { useState, type ChangeEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import type { ImportFormat } from '../../gql/graphql';
import { AdminNav } from '../../ui/AdminNav';
import { FormProblems } from '../../ui/forms/FormProblems';
import { Empty } from '../../ui/Status';
import { useImportCasesMutation } from './useImportCasesMutation';

/** The format a file's name suggests: JSON for `.json`, CSV otherwise. */
export const formatOfFile = (name: string): ImportFormat => (name.toLowerCase().endsWith('.json') ? 'JSON' : 'CSV');

/**
 * Import of historical cases: pick a CSV or JSON file, check it (a dry run lists every row problem
 * at once and writes nothing), then import. Import is offered only after a check without problems.
 */
export default function ImportRoute() {
  const { perform, errors, loading, report, reset } = useImportCasesMutation();
  const [file, setFile] = useState<{ name: string; content: string; format: ImportFormat } | null>(null);
  const [checked, setChecked] = useState(false);

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const picked = event.target.files?.[0];
    reset();
    setChecked(false);
    setFile(picked ? { name: picked.name, content: await picked.text(), format: formatOfFile(picked.name) } : null);
  }

  async function run(dryRun: boolean) {
    if (!file) return;
    const accepted = await perform({ format: file.format, content: file.content, dryRun });
    setChecked(accepted && dryRun);
  }

  return (
    <section>
      <AdminNav />
      <h1>
        <FormattedMessage id="manage.import" />
      </h1>
      <p>
        <FormattedMessage id="manage.importHelp" />
      </p>
      <div className="card">
        <label>
          <FormattedMessage id="manage.importFile" />{' '}
          <input type="file" name="file" accept=".csv,.json,text/csv,application/json" onChange={(e) => void pick(e)} />
        </label>
        <FormProblems errors={errors} />
        <p>
          <button type="button" disabled={!file || loading} onClick={() => void run(true)}>
            <FormattedMessage id="manage.importCheck" />
          </button>{' '}
          <button
            type="button"
            className="primary"
            disabled={!file || loading || !checked || (report?.refusedCount ?? 1) > 0}
            onClick={() => void run(false)}
          >
            <FormattedMessage id="manage.importRun" />
          </button>
        </p>
      </div>
      {report && (
        <div role="status" className="card" aria-label="import report">
          <p>
            <FormattedMessage
              id={report.imported ? 'manage.importDone' : 'manage.importChecked'}
              values={{ accepted: report.acceptedCount, refused: report.refusedCount }}
            />
          </p>
          {report.imported && <p>{report.registrationNumbers.join(', ')}</p>}
          {report.problems.length === 0 ? (
            !report.imported && (
              <Empty>
                <FormattedMessage id="manage.importNoProblems" />
              </Empty>
            )
          ) : (
            <table aria-label="row problems">
              <thead>
                <tr>
                  <th>
                    <FormattedMessage id="manage.importRow" />
                  </th>
                  <th>
                    <FormattedMessage id="manage.importField" />
                  </th>
                  <th>
                    <FormattedMessage id="manage.importProblem" />
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.problems.map((p) => (
                  <tr key={`${p.row}-${p.field}-${p.reason}`}>
                    <td>{p.row}</td>
                    <td>
                      <code>{p.field}</code>
                    </td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
