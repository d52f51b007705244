import { useQuery } from '@apollo/client/react';
import { FormattedMessage } from 'react-intl';
import { useParams } from 'react-router';
import { graphql } from '../../gql';
import { formatDateTime } from '../../i18n/format';
import { useLocalName } from '../../i18n/local-name';
import { caseEventLabel, kindLabel, outcomeLabel, statusLabel } from '../../i18n/labels';
import { useLocale } from '../../i18n/LocaleProvider';
import { ErrorState, Loading } from '../../ui/Status';
import { MessageDeliveries } from '../outbox/MessageDeliveries';
import { CaseActions } from './CaseActions';

graphql(`
  fragment CaseDetail_case on Case {
    id
    version
    registrationNumber
    kind
    status
    outcome
    outcomeReason
    receivedAt
    channel
    submitterName
    submitterPhone
    submitterEmail
    description
    measuresTaken
    satisfaction {
      askedAt
      answeredAt
      score
      comment
    }
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
    relationshipManager {
      id
      displayName
    }
    handler {
      id
      displayName
    }
    viewerCan {
      actions
    }
    events {
      id
      type
      fromStatus
      toStatus
      note
      occurredAt
      actor {
        id
        displayName
      }
    }
  }
`);

const CaseDetailRouteQuery = graphql(`
  query CaseDetailRouteQuery($id: ID!, $locale: String!) {
    case(id: $id) {
      ...CaseDetail_case
      messageDeliveries {
        ...MessageDeliveries_delivery
      }
      deadlines(locale: $locale) {
        acknowledgement {
          dueAt
          overdue
          explanation
        }
        resolution {
          dueAt
          overdue
          explanation
        }
      }
    }
  }
`);

/** One case: who and what, deadlines with their explanation, history, and the viewer's actions. */
export default function CaseDetailRoute() {
  const { id = '' } = useParams();
  const { locale } = useLocale();
  const name = useLocalName();
  const { data, loading, error, refetch } = useQuery(CaseDetailRouteQuery, { variables: { id, locale } });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  const c = data?.case;
  if (!c) return null;
  return (
    <>
      <h1>
        <FormattedMessage id={kindLabel(c.kind)} /> <span data-testid="case-number">{c.registrationNumber}</span>
      </h1>
      <div className="grid">
        <section className="card" aria-labelledby="case-facts">
          <h2 id="case-facts">
            <FormattedMessage id="case.status" />:{' '}
            <span data-testid="case-status" data-status={c.status}>
              <FormattedMessage id={statusLabel(c.status)} />
            </span>
            {c.outcome && (
              <>
                {' · '}
                <FormattedMessage id={outcomeLabel(c.outcome)} />
              </>
            )}
          </h2>
          <dl>
            <dt>
              <FormattedMessage id="case.received" />
            </dt>
            <dd>
              {formatDateTime(c.receivedAt, locale)} ({c.channel.toLowerCase()})
            </dd>
            <dt>
              <FormattedMessage id="case.submitter" />
            </dt>
            <dd data-testid="submitter">
              {c.submitterName ?? '—'}
              {c.submitterPhone && ` · ${c.submitterPhone}`}
              {c.submitterEmail && ` · ${c.submitterEmail}`}
            </dd>
            <dt>
              <FormattedMessage id="intake.complaintType" /> / <FormattedMessage id="intake.service" />
            </dt>
            <dd>
              {name(c.complaintType)} / {name(c.service)}
            </dd>
            <dt>
              <FormattedMessage id="case.people" />
            </dt>
            <dd>
              {c.relationshipManager?.displayName ?? '—'} / {c.handler?.displayName ?? '—'}
            </dd>
            {c.description && (
              <>
                <dt>
                  <FormattedMessage id="case.description" />
                </dt>
                <dd>{c.description}</dd>
              </>
            )}
            {c.outcome && c.outcomeReason && (
              <>
                <dt>
                  <FormattedMessage id={outcomeLabel(c.outcome)} />
                </dt>
                <dd>{c.outcomeReason}</dd>
              </>
            )}
            {c.measuresTaken && (
              <>
                <dt>
                  <FormattedMessage id="case.measuresTaken" />
                </dt>
                <dd>{c.measuresTaken}</dd>
              </>
            )}
            {c.satisfaction && (
              <>
                <dt>
                  <FormattedMessage id="satisfaction.caseTitle" />
                </dt>
                <dd>
                  {c.satisfaction.answeredAt && c.satisfaction.score != null ? (
                    <FormattedMessage
                      id="satisfaction.caseAnswered"
                      values={{ score: c.satisfaction.score, date: formatDateTime(c.satisfaction.answeredAt, locale) }}
                    />
                  ) : (
                    <FormattedMessage
                      id="satisfaction.caseAsked"
                      values={{ date: formatDateTime(c.satisfaction.askedAt, locale) }}
                    />
                  )}
                  {c.satisfaction.comment && <p>{c.satisfaction.comment}</p>}
                </dd>
              </>
            )}
          </dl>
        </section>
        <section className="card" aria-labelledby="case-deadlines">
          <h2 id="case-deadlines">
            <FormattedMessage id="case.deadlines" />
          </h2>
          {(['acknowledgement', 'resolution'] as const).map((kind) => {
            const deadline = c.deadlines[kind];
            return (
              <div key={kind}>
                <h3>
                  <FormattedMessage id={`case.${kind}`} />: {formatDateTime(deadline.dueAt, locale)}{' '}
                  {deadline.overdue && (
                    <span className="badge overdue">
                      <FormattedMessage id="queue.overdue" />
                    </span>
                  )}
                </h3>
                <ul>
                  {deadline.explanation.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
      </div>
      <CaseActions
        caseId={c.id}
        version={c.version}
        kind={c.kind}
        actions={c.viewerCan.actions}
        onReload={() => void refetch()}
      />
      <MessageDeliveries deliveries={c.messageDeliveries} />
      <section className="card" aria-labelledby="case-history">
        <h2 id="case-history">
          <FormattedMessage id="case.history" />
        </h2>
        <ol className="timeline">
          {c.events.map((event) => (
            <li key={event.id}>
              <strong>
                <FormattedMessage id={caseEventLabel(event.type)} />
              </strong>{' '}
              {event.fromStatus && (
                <>
                  <FormattedMessage id={statusLabel(event.fromStatus)} /> →{' '}
                </>
              )}
              <FormattedMessage id={statusLabel(event.toStatus)} /> · {formatDateTime(event.occurredAt, locale)}
              {event.actor?.displayName && ` · ${event.actor.displayName}`}
              {event.note && <div>{event.note}</div>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
