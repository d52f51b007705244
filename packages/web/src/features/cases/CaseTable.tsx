import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { CaseTable_CaseFragment } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useLocalName } from '../../i18n/local-name';
import { statusLabel } from '../../i18n/labels';
import { useLocale } from '../../i18n/LocaleProvider';
import type { MessageId } from '../../i18n/messages';

/** The fields a case row shows; queries spread it where they list cases. */
graphql(`
  fragment CaseTable_case on Case {
    id
    registrationNumber
    kind
    status
    receivedAt
    resolutionDueAt
    complaintType {
      id
      name
      nameNl
    }
    service {
      id
      name
      nameNl
    }
  }
`);

/** A column of the case table, after the registration number (which links to the case). */
export type CaseColumn = 'kind' | 'status' | 'received' | 'due' | 'complaintType' | 'service';

const HEADINGS: Record<CaseColumn, MessageId> = {
  kind: 'dashboard.kind',
  status: 'case.status',
  received: 'case.received',
  due: 'case.due',
  complaintType: 'dashboard.complaintType',
  service: 'dashboard.service',
};

/**
 * Cases as a table: the registration number links to the case, then the chosen columns in the
 * interface language. `overdueIds` marks the deadlines already passed (the queue knows them).
 * Never shows submitters' names.
 */
export function CaseTable({
  cases,
  columns,
  overdueIds,
  testId,
}: {
  cases: readonly CaseTable_CaseFragment[];
  columns: readonly CaseColumn[];
  overdueIds?: ReadonlySet<string>;
  testId?: string;
}) {
  const { locale } = useLocale();
  const name = useLocalName();
  const cell = (c: CaseTable_CaseFragment, column: CaseColumn) => {
    switch (column) {
      case 'kind':
        return <FormattedMessage id={`kind.${c.kind}`} />;
      case 'status':
        return <FormattedMessage id={statusLabel(c.status)} />;
      case 'received':
        return formatDate(c.receivedAt, locale);
      case 'due':
        return (
          <>
            {formatDateTime(c.resolutionDueAt, locale)}{' '}
            {overdueIds?.has(c.id) && (
              <span className="badge overdue">
                <FormattedMessage id="queue.overdue" />
              </span>
            )}
          </>
        );
      case 'complaintType':
        return name(c.complaintType);
      case 'service':
        return name(c.service);
    }
  };
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="case.number" />
            </th>
            {columns.map((column) => (
              <th key={column} scope="col">
                <FormattedMessage id={HEADINGS[column]} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link to={`/cases/${c.id}`}>{c.registrationNumber}</Link>
              </th>
              {columns.map((column) => (
                <td key={column}>{cell(c, column)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
