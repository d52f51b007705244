import { useQuery } from '@apollo/client/react';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import { graphql } from '../../gql';
import type { MeasureDetail_MeasureFragment } from '../../gql/graphql';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { statusLabel } from '../../i18n/labels';
import { useSession } from '../../ui/Layout';
import { Empty, ErrorState, Loading } from '../../ui/Status';
import { toLinkInput } from './measure-forms';
import { MeasureProblems } from './MeasureProblems';
import { useLinkCasesToMeasureMutation } from './useLinkCasesToMeasureMutation';
import { formText } from '../../ui/forms/form-text';

/** Enough to pick from; a narrower search (free text) finds the rest. */
const PAGE_SIZE = 25;
/** Roles the server lets search descriptions (find-cases.ts); others get the type filter only. */
const MAY_SEARCH_TEXT = ['HANDLER', 'RELATIONSHIP_MANAGER', 'ADMINISTRATOR'];

// Registration number, status and date only: this screen never shows who submitted a complaint.
const LinkCasesSearchQuery = graphql(`
  query LinkCasesSearchQuery($filter: CaseFilter!, $first: Int) {
    cases(filter: $filter, first: $first) {
      totalCount
      nodes {
        id
        registrationNumber
        status
        receivedAt
      }
    }
  }
`);

/** Finds complaints of the measure's target type (and words, where allowed) and links the chosen ones. */
export function LinkCasesPanel({
  measure,
  onReload,
}: {
  measure: MeasureDetail_MeasureFragment;
  onReload: () => void;
}) {
  const ids = useId();
  const { locale } = useLocale();
  const session = useSession();
  const maySearchText = session?.roles.some((r) => MAY_SEARCH_TEXT.includes(r)) ?? false;
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const filter = useMemo(
    () => ({ kind: 'COMPLAINT' as const, complaintTypeId: measure.targetComplaintType.id, ...(text ? { text } : {}) }),
    [measure.targetComplaintType.id, text],
  );
  const { data, loading, error, refetch } = useQuery(LinkCasesSearchQuery, { variables: { filter, first: PAGE_SIZE } });
  const link = useLinkCasesToMeasureMutation();
  const linked = useMemo(() => new Set(measure.linkedCases.map((c) => c.id)), [measure.linkedCases]);

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setText(formText(new FormData(event.currentTarget), 'text').trim());
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = toLinkInput(measure, chosen, [...linked]);
    if (input && (await link.perform(input))) setChosen([]);
  }

  const toggle = (id: string, on: boolean) =>
    setChosen((current) => (on ? [...current, id] : current.filter((x) => x !== id)));
  const nodes = data?.cases.nodes ?? [];
  return (
    <div className="actions" data-testid="link-cases">
      <h3 id={`${ids}-heading`}>
        <FormattedMessage id="measures.linkTitle" />
      </h3>
      <p className="note">
        <FormattedMessage id="measures.linkHelp" />
      </p>
      {maySearchText && (
        <form role="search" onSubmit={search} className="filters" aria-labelledby={`${ids}-heading`}>
          <div className="field">
            <label htmlFor={`${ids}-text`}>
              <FormattedMessage id="measures.searchText" />
            </label>
            <input id={`${ids}-text`} name="text" type="search" />
          </div>
          <div className="field">
            <button type="submit">
              <FormattedMessage id="measures.search" />
            </button>
          </div>
        </form>
      )}
      {link.notice && (
        <p role="status" className="banner">
          <FormattedMessage id={link.notice} />
        </p>
      )}
      <MeasureProblems errors={link.errors} onReload={onReload} />
      {link.errors.fields['caseIds'] && <p className="field-error">{link.errors.fields['caseIds']}</p>}
      {loading && !data && <Loading />}
      {error && <ErrorState error={error} retry={() => void refetch()} />}
      {data && nodes.length === 0 && (
        <Empty>
          <FormattedMessage id="measures.noCandidates" />
        </Empty>
      )}
      {nodes.length > 0 && (
        <form onSubmit={(e) => void submit(e)} aria-labelledby={`${ids}-heading`}>
          <fieldset>
            <legend>
              <FormattedMessage
                id="measures.candidates"
                values={{ shown: nodes.length, total: data?.cases.totalCount ?? nodes.length }}
              />
            </legend>
            <ul className="choices">
              {nodes.map((c) => {
                const isLinked = linked.has(c.id);
                return (
                  <li key={c.id}>
                    <input
                      type="checkbox"
                      id={`${ids}-${c.id}`}
                      checked={isLinked || chosen.includes(c.id)}
                      disabled={isLinked}
                      onChange={(e) => toggle(c.id, e.target.checked)}
                    />{' '}
                    <label htmlFor={`${ids}-${c.id}`}>
                      {c.registrationNumber} · <FormattedMessage id={statusLabel(c.status)} /> ·{' '}
                      {formatDate(c.receivedAt, locale)}
                      {isLinked && (
                        <>
                          {' '}
                          · <FormattedMessage id="measures.alreadyLinked" />
                        </>
                      )}
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
          <p>
            <button type="submit" className="primary" disabled={link.loading || chosen.length === 0}>
              <FormattedMessage id="measures.linkChosen" values={{ count: chosen.length }} />
            </button>
          </p>
        </form>
      )}
    </div>
  );
}
